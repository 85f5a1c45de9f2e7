package cn.zeren;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.zeren.accountability.AccountabilityAction;
import cn.zeren.assessment.AssessmentAction;
import cn.zeren.audit.AuditAction;
import cn.zeren.calendar.CalendarAction;
import cn.zeren.dashboard.DashboardAction;
import cn.zeren.directory.OrganisationAction;
import cn.zeren.directory.PersonAction;
import cn.zeren.hearing.HearingAction;
import cn.zeren.interview.InterviewAction;
import cn.zeren.ledger.LedgerAction;
import cn.zeren.lists.ListAction;
import cn.zeren.lists.RectificationAction;
import cn.zeren.obligation.ObligationAction;
import cn.zeren.report.ReportAction;
import cn.zeren.rules.RulesAction;
import cn.zeren.security.AccountAction;
import cn.zeren.security.Action;
import cn.zeren.security.Role;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Who may do what, across the contexts that each name their own actions. The table is the one the single
 * {@code security.Action} enum held before the actions moved into their contexts, written out by the old names, so
 * that the move changed nobody's rights and a later change of who may do what shows up here to be reviewed.
 */
class ActionRolesTest {
  private static final Set<Role> ALL = EnumSet.allOf(Role.class);
  private static final Set<Role> ADMIN = EnumSet.of(Role.SYSTEM_ADMIN);
  private static final Set<Role> COMMISSION = EnumSet.of(Role.COMMISSION_LEADER, Role.COMMISSION_REVIEWER);
  /** The unit's own roles and the commission (the work ledger of YW-13.1, reading reports, lists, results). */
  private static final Set<Role> UNITS_AND_COMMISSION =
      EnumSet.of(Role.UNIT_CLERK, Role.PRIMARY_LEADER, Role.TEAM_MEMBER, Role.DISCIPLINE_HEAD, Role.DISCIPLINE_STAFF,
          Role.COMMISSION_LEADER, Role.COMMISSION_REVIEWER, Role.DISPATCHED_GROUP_LEADER, Role.DISPATCHED_GROUP_STAFF);

  /** Every action of every context; a context that adds an enum of actions adds it here. */
  private static final List<Action[]> ENUMS =
      List.of(OrganisationAction.values(), PersonAction.values(), AccountAction.values(), AuditAction.values(), CalendarAction.values(),
          ObligationAction.values(), ReportAction.values(), HearingAction.values(), AccountabilityAction.values(),
          LedgerAction.values(), InterviewAction.values(), AssessmentAction.values(), DashboardAction.values(),
          ListAction.values(), RectificationAction.values(), RulesAction.values());

  /** Who may do what (SPEC §1; the obligation actions of SPEC §2–§4 and §11), by the action's former name. */
  private static final Map<String, Row> MAY = table(
      row("ORGANISATION_VIEW", OrganisationAction.VIEW, ALL),
      row("ORGANISATION_MANAGE", OrganisationAction.MANAGE, ADMIN),
      row("PERSON_VIEW", PersonAction.VIEW, ALL),
      row("PERSON_MANAGE", PersonAction.MANAGE, ADMIN),
      row("PERSON_VIEW (accounts)", AccountAction.VIEW, ALL),
      row("PERSON_MANAGE (accounts)", AccountAction.MANAGE, ADMIN),
      row("AUDIT_VIEW", AuditAction.VIEW,
          EnumSet.of(Role.SYSTEM_ADMIN, Role.COMMISSION_LEADER, Role.COMMISSION_REVIEWER)),
      row("RULES_MANAGE", RulesAction.MANAGE, ADMIN),
      row("CALENDAR_MANAGE", CalendarAction.MANAGE, ADMIN),
      row("OBLIGATION_VIEW", ObligationAction.VIEW, ALL),
      row("OBLIGATION_FULFIL", ObligationAction.FULFIL, UNITS_AND_COMMISSION),
      row("OBLIGATION_OVERSEE", ObligationAction.OVERSEE,
          EnumSet.of(Role.SYSTEM_ADMIN, Role.COMMISSION_LEADER, Role.COMMISSION_REVIEWER, Role.DISCIPLINE_HEAD,
              Role.DISPATCHED_GROUP_LEADER)),
      row("OBLIGATION_GENERATE", ObligationAction.GENERATE, ADMIN),
      row("OBLIGATION_WAIVE", ObligationAction.WAIVE, COMMISSION),
      row("REPORT_VIEW", ReportAction.VIEW, UNITS_AND_COMMISSION),
      row("REPORT_DRAFT", ReportAction.DRAFT,
          EnumSet.of(Role.UNIT_CLERK, Role.PRIMARY_LEADER, Role.TEAM_MEMBER, Role.DISCIPLINE_HEAD,
              Role.DISCIPLINE_STAFF, Role.DISPATCHED_GROUP_LEADER, Role.DISPATCHED_GROUP_STAFF)),
      row("REPORT_APPROVE", ReportAction.APPROVE,
          EnumSet.of(Role.PRIMARY_LEADER, Role.DISCIPLINE_HEAD, Role.DISPATCHED_GROUP_LEADER)),
      row("REPORT_REVIEW", ReportAction.REVIEW,
          EnumSet.of(Role.COMMISSION_LEADER, Role.COMMISSION_REVIEWER, Role.DISCIPLINE_HEAD, Role.DISCIPLINE_STAFF)),
      row("REPORT_OVERSEE", ReportAction.OVERSEE,
          EnumSet.of(Role.COMMISSION_LEADER, Role.COMMISSION_REVIEWER, Role.DISCIPLINE_HEAD,
              Role.DISPATCHED_GROUP_LEADER)),
      row("HEARING_VIEW", HearingAction.VIEW, COMMISSION),
      row("HEARING_MANAGE", HearingAction.MANAGE, COMMISSION),
      row("HEARING_SCORE", HearingAction.SCORE, COMMISSION),
      row("ACCOUNTABILITY_VIEW", AccountabilityAction.VIEW,
          EnumSet.of(Role.COMMISSION_LEADER, Role.COMMISSION_REVIEWER, Role.DISCIPLINE_HEAD, Role.DISCIPLINE_STAFF,
              Role.DISPATCHED_GROUP_LEADER, Role.DISPATCHED_GROUP_STAFF, Role.ORGANISATION_DEPARTMENT)),
      row("ACCOUNTABILITY_MANAGE", AccountabilityAction.MANAGE,
          EnumSet.of(Role.COMMISSION_LEADER, Role.COMMISSION_REVIEWER, Role.DISCIPLINE_HEAD,
              Role.DISPATCHED_GROUP_LEADER, Role.ORGANISATION_DEPARTMENT)),
      row("LEDGER_VIEW", LedgerAction.VIEW, UNITS_AND_COMMISSION),
      row("LEDGER_RECORD", LedgerAction.RECORD, UNITS_AND_COMMISSION),
      row("INTERVIEW_OVERSEE", InterviewAction.OVERSEE, COMMISSION),
      row("INTERVIEW_SCHEDULE", InterviewAction.SCHEDULE,
          EnumSet.of(Role.COMMISSION_LEADER, Role.COMMISSION_REVIEWER, Role.PRIMARY_LEADER, Role.TEAM_MEMBER,
              Role.DISCIPLINE_HEAD, Role.UNIT_CLERK)),
      row("INTERVIEW_EXPLAIN", InterviewAction.EXPLAIN, EnumSet.complementOf(EnumSet.of(Role.SYSTEM_ADMIN))),
      row("INTERVIEW_CONDUCT", InterviewAction.CONDUCT,
          EnumSet.of(Role.COMMISSION_LEADER, Role.PRIMARY_LEADER, Role.TEAM_MEMBER, Role.DISCIPLINE_HEAD)),
      row("ASSESSMENT_MANAGE", AssessmentAction.MANAGE, COMMISSION),
      row("ASSESSMENT_SCORE", AssessmentAction.SCORE, COMMISSION),
      row("ASSESSMENT_PUBLISH", AssessmentAction.PUBLISH, EnumSet.of(Role.COMMISSION_LEADER)),
      row("ASSESSMENT_RESULT_VIEW", AssessmentAction.RESULT_VIEW, UNITS_AND_COMMISSION),
      row("DASHBOARD_VIEW", DashboardAction.VIEW, COMMISSION),
      row("LIST_VIEW", ListAction.VIEW, UNITS_AND_COMMISSION),
      row("LIST_EDIT", ListAction.EDIT,
          EnumSet.of(Role.UNIT_CLERK, Role.PRIMARY_LEADER, Role.DISCIPLINE_HEAD, Role.DISCIPLINE_STAFF,
              Role.COMMISSION_LEADER, Role.COMMISSION_REVIEWER)),
      row("LIST_SIGN", ListAction.SIGN, EnumSet.of(Role.PRIMARY_LEADER, Role.DISCIPLINE_HEAD, Role.COMMISSION_LEADER)),
      row("RECTIFICATION_UPDATE", RectificationAction.UPDATE,
          EnumSet.of(Role.UNIT_CLERK, Role.DISCIPLINE_HEAD, Role.DISCIPLINE_STAFF)),
      row("RECTIFICATION_APPROVE", RectificationAction.APPROVE,
          EnumSet.of(Role.DISCIPLINE_HEAD, Role.COMMISSION_LEADER, Role.COMMISSION_REVIEWER)));

  private record Row(String formerName, Action action, Set<Role> roles) {}

  private static Row row(String formerName, Action action, Set<Role> roles) {
    return new Row(formerName, action, roles);
  }

  private static Map<String, Row> table(Row... rows) {
    Map<String, Row> table = new LinkedHashMap<>();
    for (Row row : rows) {
      assertEquals(null, table.put(row.formerName(), row), row.formerName());
    }
    return table;
  }

  static Stream<Arguments> formerActionAndRole() {
    return MAY.values().stream()
        .flatMap(row -> Stream.of(Role.values()).map(role -> Arguments.of(row.formerName(), row, role)));
  }

  @ParameterizedTest(name = "{0} {2}")
  @MethodSource("formerActionAndRole")
  void everyActionAdmitsTheRolesTheFormerActionAdmitted(String formerName, Row row, Role role) {
    assertEquals(row.roles().contains(role), row.action().allows(role));
  }

  @Test
  void everyActionOfEveryContextIsInTheTableOnce() {
    List<Action> inTable = MAY.values().stream().map(Row::action).toList();
    List<Action> declared = ENUMS.stream().flatMap(Stream::of).toList();
    assertEquals(Set.copyOf(declared), Set.copyOf(inTable));
    assertEquals(declared.size(), inTable.size());
  }

  @Test
  void noActionAdmitsAMissingRole() {
    ENUMS.stream().flatMap(Stream::of).forEach(action -> assertFalse(action.allows(null), action.toString()));
  }

  @Test
  void waivingAnObligationIsTheCommissionsDecisionNotTheAdministrators() {
    assertFalse(ObligationAction.WAIVE.allows(Role.SYSTEM_ADMIN));
    assertTrue(ObligationAction.WAIVE.allows(Role.COMMISSION_REVIEWER));
  }
}

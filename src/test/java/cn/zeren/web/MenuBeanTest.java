package cn.zeren.web;

import static org.junit.jupiter.api.Assertions.assertEquals;

import cn.zeren.accountability.web.AccountabilityMenu;
import cn.zeren.assessment.web.AssessmentMenu;
import cn.zeren.audit.web.AuditMenu;
import cn.zeren.calendar.web.CalendarMenu;
import cn.zeren.dashboard.web.DashboardMenu;
import cn.zeren.directory.web.OrganisationMenu;
import cn.zeren.hearing.web.HearingMenu;
import cn.zeren.inspection.web.InspectionMenu;
import cn.zeren.interview.web.InterviewMenu;
import cn.zeren.ledger.web.LedgerMenu;
import cn.zeren.lists.web.ListMenu;
import cn.zeren.obligation.web.ObligationMenu;
import cn.zeren.platform.web.MenuContribution;
import cn.zeren.platform.web.MenuEntry;
import cn.zeren.report.web.ReportMenu;
import cn.zeren.security.AccessPolicy;
import cn.zeren.security.Action;
import cn.zeren.security.Role;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * The contexts' menu entries, collected and ordered as the one MenuBean listed them before each context contributed
 * its own: the same labels, icons, pages and ids (browser tests click the ids), in the same order, for each role —
 * plus inspection's (issue 15): rounds for the office, the leading group and the groups, pools and coverage for the
 * office and the leading group.
 */
class MenuBeanTest {

  /** Every entry, as someone who may do everything (the system actor) sees them, in the menu's order. */
  private static final List<MenuEntry> EVERY_ENTRY =
      List.of(
          new MenuEntry("nav.reports", "pi pi-file-edit", "/reports.xhtml", "menu-reports"),
          new MenuEntry("nav.reportReview", "pi pi-file-check", "/report-review.xhtml", "menu-report-review"),
          new MenuEntry("nav.reportOverdue", "pi pi-clock", "/reports-overdue.xhtml", "menu-report-overdue"),
          new MenuEntry("nav.ledger", "pi pi-list", "/ledger.xhtml", "menu-ledger"),
          new MenuEntry("nav.lists", "pi pi-list-check", "/lists.xhtml", "menu-lists"),
          new MenuEntry("nav.listsOverdue", "pi pi-exclamation-circle", "/lists-overdue.xhtml", "menu-lists-overdue"),
          new MenuEntry("nav.compliance", "pi pi-table", "/compliance.xhtml", "menu-compliance"),
          new MenuEntry("nav.dashboard", "pi pi-chart-line", "/dashboard.xhtml", "menu-dashboard"),
          new MenuEntry("nav.interviews", "pi pi-comments", "/interviews.xhtml", "menu-interviews"),
          new MenuEntry("nav.interviewOversight", "pi pi-users", "/interview-oversight.xhtml",
              "menu-interview-oversight"),
          new MenuEntry("nav.hearings", "pi pi-star", "/hearings.xhtml", "menu-hearings"),
          new MenuEntry("nav.accountability", "pi pi-exclamation-circle", "/accountability.xhtml",
              "menu-accountability"),
          new MenuEntry("nav.accountabilityStatistics", "pi pi-chart-bar", "/accountability-statistics.xhtml",
              "menu-accountability-statistics"),
          new MenuEntry("nav.inspectionRounds", "pi pi-flag", "/inspection-rounds.xhtml", "menu-inspection-rounds"),
          new MenuEntry("nav.inspectionPools", "pi pi-users", "/inspection-pools.xhtml", "menu-inspection-pools"),
          new MenuEntry("nav.inspectionCoverage", "pi pi-th-large", "/inspection-coverage.xhtml",
              "menu-inspection-coverage"),
          new MenuEntry("nav.assessmentSets", "pi pi-sliders-h", "/assessment-sets.xhtml", "menu-assessment-sets"),
          new MenuEntry("nav.assessment", "pi pi-chart-line", "/assessment.xhtml", "menu-assessment"),
          new MenuEntry("nav.organisations", "pi pi-sitemap", "/organisations.xhtml", "menu-organisations"),
          new MenuEntry("nav.people", "pi pi-users", "/admin/people.xhtml", "menu-people"),
          new MenuEntry("nav.calendar", "pi pi-calendar", "/admin/calendar.xhtml", "menu-calendar"),
          new MenuEntry("nav.audit", "pi pi-history", "/audit.xhtml", "menu-audit"));

  /** The ids each role saw in the menu before the contexts contributed their entries (without the shell's own). */
  private static final String UNIT = "reports ledger lists lists-overdue interviews assessment organisations";
  private static final String COMMISSION = "report-review report-overdue ledger lists lists-overdue compliance"
      + " dashboard interviews interview-oversight hearings accountability accountability-statistics"
      + " assessment-sets assessment organisations audit";
  private static final String INSPECTION =
      "interviews inspection-rounds inspection-pools inspection-coverage organisations";
  private static final String INSPECTION_GROUP = "interviews inspection-rounds organisations";
  private static final Map<Role, String> IDS = Map.ofEntries(
      Map.entry(Role.UNIT_CLERK, UNIT),
      Map.entry(Role.PRIMARY_LEADER, UNIT),
      Map.entry(Role.TEAM_MEMBER, UNIT),
      Map.entry(Role.DISCIPLINE_HEAD, "reports report-review report-overdue ledger lists lists-overdue compliance"
          + " interviews accountability accountability-statistics assessment organisations"),
      Map.entry(Role.DISCIPLINE_STAFF, "reports report-review ledger lists lists-overdue interviews accountability"
          + " accountability-statistics assessment organisations"),
      Map.entry(Role.COMMISSION_REVIEWER, COMMISSION),
      Map.entry(Role.COMMISSION_LEADER, COMMISSION),
      Map.entry(Role.INSPECTION_LEADING_GROUP, INSPECTION),
      Map.entry(Role.INSPECTION_OFFICE, INSPECTION),
      Map.entry(Role.INSPECTION_GROUP_LEADER, INSPECTION_GROUP),
      Map.entry(Role.INSPECTION_GROUP_MEMBER, INSPECTION_GROUP),
      Map.entry(Role.DISPATCHED_GROUP_LEADER, "reports report-overdue ledger lists lists-overdue compliance interviews"
          + " accountability accountability-statistics assessment organisations"),
      Map.entry(Role.DISPATCHED_GROUP_STAFF, "reports ledger lists lists-overdue interviews accountability"
          + " accountability-statistics assessment organisations"),
      Map.entry(Role.ORGANISATION_DEPARTMENT, "interviews accountability accountability-statistics organisations"),
      Map.entry(Role.SYSTEM_ADMIN, "compliance organisations people calendar audit"));

  /** An access policy that answers "somewhere" as the given test does, without an actor or a request. */
  private static AccessPolicy permitting(Predicate<Action> may) {
    return new AccessPolicy() {
      @Override
      public boolean permitsSomewhere(Action action) {
        return may.test(action);
      }
    };
  }

  /** Every context's contribution, deliberately out of order: the menu orders them. */
  private static List<MenuContribution> contributions(AccessPolicy access) {
    return List.of(new AuditMenu(access), new AssessmentMenu(access), new ReportMenu(access),
        new OrganisationMenu(access), new CalendarMenu(access), new HearingMenu(access), new LedgerMenu(access),
        new InterviewMenu(access), new ObligationMenu(access), new DashboardMenu(access), new ListMenu(access),
        new AccountabilityMenu(access), new InspectionMenu(access));
  }

  @Test
  void whoMayDoEverythingSeesEveryEntryInTheMenusOrder() {
    assertEquals(EVERY_ENTRY, MenuBean.contributed(contributions(permitting(action -> true))));
  }

  @Test
  void whoMayDoNothingSeesNoContextsEntry() {
    assertEquals(List.of(), MenuBean.contributed(contributions(permitting(action -> false))));
  }

  @ParameterizedTest
  @EnumSource(Role.class)
  void eachRoleSeesTheEntriesItSawBefore(Role role) {
    List<String> ids = MenuBean.contributed(contributions(permitting(action -> action.allows(role)))).stream()
        .map(entry -> entry.id().substring("menu-".length()))
        .toList();
    assertEquals(IDS.get(role), String.join(" ", ids));
  }

  @Test
  void whoReadsOnlyTheResultsSeesTheAssessmentAsResults() {
    List<MenuEntry> entries = MenuBean.contributed(contributions(permitting(action -> action.allows(Role.UNIT_CLERK))));
    assertEquals(new MenuEntry("nav.assessmentResults", "pi pi-chart-line", "/assessment.xhtml", "menu-assessment"),
        entries.stream().filter(e -> e.id().equals("menu-assessment")).findFirst().orElseThrow());
  }
}

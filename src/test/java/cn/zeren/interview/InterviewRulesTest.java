package cn.zeren.interview;

import static org.junit.jupiter.api.Assertions.assertEquals;

import cn.zeren.interview.InterviewTrigger.Signal;
import cn.zeren.rules.RulePack;
import cn.zeren.rules.RulePackReaderTest;
import cn.zeren.security.Role;
import java.math.BigDecimal;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Who schedules, leads and is interviewed (YW-12.1 … 12.3), and which figures suggest an interview (YW-12.2). */
class InterviewRulesTest {
  private static final RulePack PACK = RulePackReaderTest.shipped();

  @ParameterizedTest(name = "{0} scheduled by {1}: {2}")
  @CsvSource({
    "YW-12.1 EARLY_SIGN, PRIMARY_LEADER, true",
    "YW-12.1 EARLY_SIGN, UNIT_CLERK, true",
    "YW-12.1 EARLY_SIGN, COMMISSION_LEADER, false",
    "YW-12.1 FORWARDED_REPORT, COMMISSION_LEADER, true",
    "YW-12.1 FORWARDED_REPORT, COMMISSION_REVIEWER, true",
    "YW-12.1 FORWARDED_REPORT, PRIMARY_LEADER, false",
    "YW-12.2 YEARLY_HEADS, COMMISSION_REVIEWER, true",
    "YW-12.2 YEARLY_HEADS, PRIMARY_LEADER, false",
    "YW-12.2 PRE_APPOINTMENT, COMMISSION_LEADER, true",
    "YW-12.2 PRE_APPOINTMENT, DISCIPLINE_HEAD, false",
    "YW-12.3 ADMONISHMENT, PRIMARY_LEADER, true",
    "YW-12.3 ADMONISHMENT, UNIT_CLERK, false",
    "YW-12 REMINDER, DISCIPLINE_HEAD, true",
    "YW-12 REMINDER, SYSTEM_ADMIN, false"
  })
  void whoMaySchedule(String type, Role role, boolean allowed) {
    assertEquals(allowed, InterviewRules.maySchedule(type(type), role));
  }

  @ParameterizedTest(name = "{0} led by one holding {1}: {2}")
  @CsvSource({
    "YW-12.1 EARLY_SIGN, PRIMARY_LEADER, true",
    "YW-12.1 EARLY_SIGN, TEAM_MEMBER, true",
    "YW-12.1 EARLY_SIGN, UNIT_CLERK, false",
    "YW-12.1 FORWARDED_REPORT, PRIMARY_LEADER, true",
    "YW-12.1 FORWARDED_REPORT, COMMISSION_LEADER, false",
    "YW-12.2 YEARLY_HEADS, COMMISSION_LEADER, true",
    "YW-12.2 YEARLY_HEADS, COMMISSION_REVIEWER, false",
    "YW-12.2 YEARLY_HEADS, PRIMARY_LEADER, false",
    "YW-12.2 RECTIFICATION, COMMISSION_LEADER, true",
    "YW-12.3 ADMONISHMENT, PRIMARY_LEADER, true",
    "YW-12.3 ADMONISHMENT, TEAM_MEMBER, false",
    "YW-12 REMINDER, DISCIPLINE_HEAD, true",
    "YW-12 REMINDER, '', false"
  })
  void whoMayLeadTheTalkAndSignTheExplanation(String type, String roles, boolean allowed) {
    assertEquals(allowed, InterviewRules.mayConduct(type(type), roles(roles)));
  }

  @ParameterizedTest(name = "{0} with one holding [{1}] at the unit, of the unit {2}: {3}")
  @CsvSource({
    "YW-12.2 YEARLY_HEADS, PRIMARY_LEADER, true, true",
    "YW-12.2 YEARLY_HEADS, DISCIPLINE_HEAD, true, true",
    "YW-12.2 YEARLY_HEADS, TEAM_MEMBER, true, false",
    "YW-12.2 YEARLY_HEADS, '', true, false",
    "YW-12.2 RECTIFICATION, UNIT_CLERK, true, false",
    "YW-12.2 PRE_APPOINTMENT, '', true, true",
    "YW-12.2 PRE_APPOINTMENT, '', false, false",
    "YW-12.1 EARLY_SIGN, TEAM_MEMBER, false, true",
    "YW-12.3 ADMONISHMENT, '', true, true"
  })
  void whoMayBeInterviewed(String type, String roles, boolean ofUnit, boolean allowed) {
    assertEquals(allowed, InterviewRules.mayBeInterviewed(type(type), roles(roles), ofUnit));
  }

  @ParameterizedTest(name = "YW-12.2 problems {0}, petitions {1}, cases {2}, satisfaction {3}: {4}")
  @CsvSource({
    "0, 0, 0, 95, ''",
    "4, 9, 2, 80, ''",
    "5, 0, 0, , MANY_PROBLEMS",
    "0, 10, 0, , MANY_PETITIONS",
    "0, 0, 3, , MANY_CASES",
    "0, 0, 0, 79.99, LOW_SATISFACTION",
    "12, 30, 7, 60, MANY_PROBLEMS MANY_PETITIONS MANY_CASES LOW_SATISFACTION",
    ", , , , ''"
  })
  void thresholdsSuggestAnInterview(
      BigDecimal problems, BigDecimal petitions, BigDecimal cases, BigDecimal satisfaction, String fired) {
    Map<Signal, BigDecimal> figures = new EnumMap<>(Signal.class);
    put(figures, Signal.PROBLEMS, problems);
    put(figures, Signal.PETITIONS, petitions);
    put(figures, Signal.CASES, cases);
    put(figures, Signal.SATISFACTION, satisfaction);
    List<InterviewTrigger> triggers = PACK.section(InterviewCatalogue.class).triggers();
    List<String> codes = InterviewRules.firings(triggers, figures).stream().map(f -> f.trigger().code()).toList();
    assertEquals(fired.isBlank() ? List.of() : List.of(fired.split(" ")), codes);
  }

  private static void put(Map<Signal, BigDecimal> figures, Signal signal, BigDecimal value) {
    if (value != null) {
      figures.put(signal, value);
    }
  }

  /** "YW-12.2 YEARLY_HEADS": the rule id is there for the reader; the type's own must match it. */
  private static InterviewType type(String cited) {
    String[] parts = cited.split(" ");
    InterviewType type = PACK.section(InterviewCatalogue.class).type(parts[1]).orElseThrow();
    assertEquals(parts[0], type.ruleId());
    return type;
  }

  private static Set<Role> roles(String names) {
    return names == null || names.isBlank()
        ? Set.of()
        : Arrays.stream(names.split(" ")).map(Role::valueOf).collect(Collectors.toSet());
  }
}

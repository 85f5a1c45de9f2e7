package cn.zeren.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.zeren.calendar.Period;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.MonthDay;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The shipped Yiwu pack encodes SPEC §2–§4; a faulty pack is refused with every fault named. */
class RulePackReaderTest {
  static RulePack shipped() {
    try (InputStream in = RulePackReaderTest.class.getResourceAsStream("/rules/yiwu-2015.json")) {
      return RulePackReader.read(new String(in.readAllBytes(), StandardCharsets.UTF_8), "yiwu-2015.json");
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
  }

  @ParameterizedTest(name = "{0}: {1}, {2}, {3}")
  @CsvSource({
    "YW-6.1, COMMITTEE, YEARLY, 1",
    "YW-6.2a, COMMITTEE, YEARLY, 1",
    "YW-6.2b, COMMITTEE, QUARTERLY, 1",
    "YW-6.12, COMMITTEE, PER_EVENT, 1",
    "YW-7.2a, PRIMARY_LEADER, QUARTERLY, 1",
    "YW-7.2b, PRIMARY_LEADER, YEARLY, 1",
    "YW-7.3, PRIMARY_LEADER, YEARLY, 1",
    "YW-8.1, TEAM_MEMBER, QUARTERLY, 1",
    "YW-8.2, TEAM_MEMBER, YEARLY, 2",
    "YW-8.3, TEAM_MEMBER, HALF_YEARLY, 1",
    "YW-8.4, TEAM_MEMBER, YEARLY, 1",
    "YW-9.1, DISCIPLINE_ORGANISATION, YEARLY, 1",
    "YW-9.6, DISCIPLINE_ORGANISATION, YEARLY, 1",
    "YW-9.7, COMMISSION, YEARLY, 1",
    "YW-9.9, DISCIPLINE_ORGANISATION, PER_EVENT, 1",
    "YW-10.1, COMMITTEE, YEARLY, 1",
    "YW-10.2, COMMISSION, YEARLY, 1",
    "YW-10.3a, DISCIPLINE_ORGANISATION, HALF_YEARLY, 1",
    "YW-10.3b, DISCIPLINE_ORGANISATION, QUARTERLY, 1",
    "YW-10.3c, DISCIPLINE_ORGANISATION, MONTHLY, 1",
    "YW-10.4, COMMISSION, YEARLY, 1"
  })
  void theShippedPackEncodesTheDutiesOfTheSpec(String ruleId, Owner owner, Frequency frequency, int minimum) {
    ObligationRule rule = shipped().rule(ruleId).orElseThrow();
    assertEquals(owner, rule.owner(), ruleId);
    assertEquals(frequency, rule.frequency(), ruleId);
    assertEquals(minimum, rule.minimumCount(), ruleId);
    assertTrue(rule.articleText().length() > 10, ruleId + " cites its article");
  }

  @Test
  void annualReportIsDueOnFifteenthJanuary() {
    assertEquals(
        new DueRule.FixedDate(MonthDay.of(1, 15)), shipped().rule("YW-10.1").orElseThrow().due(), "YW-10.1");
    assertEquals(
        new DueRule.FixedDate(MonthDay.of(3, 31)), shipped().rule("YW-10.2").orElseThrow().due(), "YW-10.2");
  }

  @Test
  void upperFeedbackNeedsAPlanInAMonthAndProgressEveryThreeMonths() {
    DueRule due = shipped().rule("YW-6.12").orElseThrow().due();
    DueRule.AfterEvent after = assertInstanceOf(DueRule.AfterEvent.class, due);
    assertEquals(Period.parse("1M"), after.period(), "YW-6.12");
    assertEquals(Period.parse("3M"), after.repeatEvery(), "YW-6.12");
  }

  @ParameterizedTest(name = "{1}")
  @CsvSource(
      delimiter = '|',
      value = {
        "\"due\": {\"afterPeriodEnd\": \"10X\"} | 期间“10X”写法不对",
        "\"owner\": \"MAYOR\" | 责任主体 owner“MAYOR”未知",
        "\"ruleId\": \"\" | 缺少条款编号 ruleId",
        "\"ruleId\": \"yw 6\" | 条款编号“yw 6”格式不对",
        "\"articleText\": \"\" | 缺少条款原文 articleText",
        "\"frequency\": \"WEEKLY\" | 频次 frequency“WEEKLY”未知",
        "\"due\": {\"fixed\": \"--01-15\"} | 固定日期 fixed 只适用于每年一次（YEARLY）的义务",
        "\"minimumCount\": 0 | 最少次数 minimumCount 应为正整数"
      })
  void aFaultyRuleIsRefusedWithAClearError(String override, String expected) {
    String json = pack(override);
    RulePackException e = assertThrows(RulePackException.class, () -> RulePackReader.read(json, "test"));
    assertTrue(e.getProblems().stream().anyMatch(p -> p.contains(expected)), e.getProblems().toString());
  }

  @Test
  void aMalformedFixedDateIsRefused() {
    String json = pack("\"due\": {\"fixed\": \"01-15\"}").replace("QUARTERLY", "YEARLY");
    RulePackException e = assertThrows(RulePackException.class, () -> RulePackReader.read(json, "test"));
    assertTrue(e.getProblems().get(0).contains("格式不对，应如 --01-15"), e.getProblems().toString());
  }

  @Test
  void everyFaultIsReportedAtOnceAndDuplicatesAreCaught() {
    String json =
        "{\"id\":\"t\",\"version\":\"1\",\"title\":\"t\",\"obligations\":["
            + rule("\"owner\": \"MAYOR\"") + "," + rule("\"due\": {\"afterPeriodEnd\": \"2Y\"}") + ","
            + rule("\"x\": 1") + "," + rule("\"x\": 2") + "]}";
    List<String> problems =
        assertThrows(RulePackException.class, () -> RulePackReader.read(json, "test")).getProblems();
    assertEquals(3, problems.size(), problems.toString());
    assertTrue(problems.get(2).contains("条款编号重复"), problems.toString());
  }

  private static String pack(String override) {
    return "{\"id\":\"t\",\"version\":\"1\",\"title\":\"t\",\"obligations\":[" + rule(override) + "]}";
  }

  private static String rule(String override) {
    String base =
        "\"ruleId\": \"YW-1.1\", \"article\": \"第一条\", \"articleText\": \"每季度召开专题例会。\","
            + " \"title\": \"例会\", \"owner\": \"COMMITTEE\", \"scope\": \"UNITS\", \"frequency\": \"QUARTERLY\","
            + " \"due\": {\"endOfPeriod\": true}, \"minimumCount\": 1";
    String key = override.substring(0, override.indexOf(':')).trim();
    String kept = base.replaceAll(java.util.regex.Pattern.quote(key) + "\\s*:\\s*(\\{[^}]*\\}|\"[^\"]*\"|\\d+)", "");
    return "{" + (kept + ", " + override).replaceAll(",\\s*,", ",").replaceAll("^\\s*,", "") + "}";
  }
}

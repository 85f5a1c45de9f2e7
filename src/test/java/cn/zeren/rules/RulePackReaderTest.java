package cn.zeren.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.zeren.accountability.AccountabilityCatalogue;
import cn.zeren.assessment.AssessmentTemplate;
import cn.zeren.assessment.IndicatorTemplate;
import cn.zeren.assessment.PublicationReach;
import cn.zeren.assessment.PublicationScope;
import cn.zeren.assessment.ScoringKind;
import cn.zeren.calendar.Period;
import cn.zeren.hearing.ScoredMeeting;
import cn.zeren.hearing.ScoredMeetings;
import cn.zeren.interview.InterviewCatalogue;
import cn.zeren.interview.InterviewTrigger;
import cn.zeren.interview.InterviewType;
import cn.zeren.ledger.LedgerActivities;
import cn.zeren.lists.ProblemSource;
import cn.zeren.lists.SignedListKind;
import cn.zeren.lists.SignedListRule;
import cn.zeren.lists.SignedLists;
import cn.zeren.report.ReportType;
import cn.zeren.report.ReportTypes;
import cn.zeren.security.Role;
import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.MonthDay;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;


/** The shipped Yiwu pack encodes SPEC §2–§4; a faulty pack is refused with every fault named. */
public class RulePackReaderTest {
  public static RulePack shipped() {
    try (InputStream in = RulePackReaderTest.class.getResourceAsStream("/rules/yiwu-2015.json")) {
      return RulePackReader.read(new String(in.readAllBytes(), StandardCharsets.UTF_8), "yiwu-2015.json", TestSections.ALL);
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
    RulePackException e = assertThrows(RulePackException.class, () -> RulePackReader.read(json, "test", TestSections.ALL));
    assertTrue(e.getProblems().stream().anyMatch(p -> p.contains(expected)), e.getProblems().toString());
  }

  @Test
  void aMalformedFixedDateIsRefused() {
    String json = pack("\"due\": {\"fixed\": \"01-15\"}").replace("QUARTERLY", "YEARLY");
    RulePackException e = assertThrows(RulePackException.class, () -> RulePackReader.read(json, "test", TestSections.ALL));
    assertTrue(e.getProblems().stream().anyMatch(p -> p.contains("格式不对，应如 --01-15")), e.getProblems().toString());
  }

  @Test
  void everyFaultIsReportedAtOnceAndDuplicatesAreCaught() {
    String json =
        "{\"id\":\"t\",\"version\":\"1\",\"title\":\"t\",\"obligations\":["
            + rule("\"owner\": \"MAYOR\"") + "," + rule("\"due\": {\"afterPeriodEnd\": \"2Y\"}") + ","
            + rule("\"minimumCount\": 1") + "," + rule("\"minimumCount\": 2") + "]}";
    List<String> problems =
        assertThrows(RulePackException.class, () -> RulePackReader.read(json, "test", TestSections.ALL)).getProblems();
    List<String> schema = problems.stream().filter(p -> p.startsWith("test: /")).toList();
    List<String> read = problems.stream().filter(p -> !p.startsWith("test: /")).toList();
    assertEquals(2, schema.size(), "the schema sees the owner and the period: " + problems);
    assertTrue(schema.get(0).startsWith("test: /obligations/0/owner: "), problems.toString());
    assertTrue(schema.get(1).startsWith("test: /obligations/1/due/afterPeriodEnd: "), problems.toString());
    assertEquals(3, read.size(), problems.toString());
    assertTrue(read.get(2).contains("条款编号重复"), "only the reader sees a duplicate: " + problems);
  }

  @ParameterizedTest(name = "{0} fulfils {1}, approved by {2}")
  @CsvSource({
    "ANNUAL_MAIN, YW-10.1, PRIMARY_LEADER, true, false",
    "MEMBER_ANNUAL, YW-10.1b, , true, false",
    "OVERSIGHT_ANNUAL, YW-9.1, DISCIPLINE_HEAD, true, false",
    "HALF_YEAR_OVERSIGHT, YW-10.3a, DISCIPLINE_HEAD, false, false",
    "QUARTERLY_INTEGRITY, YW-10.3b, DISCIPLINE_HEAD, false, false",
    "MONTHLY_STYLE_CASES, YW-10.3c, DISCIPLINE_HEAD, false, false",
    "ASSIGNED_MATTER, YW-10.3d, DISCIPLINE_HEAD, false, true",
    "IMMEDIATE, YW-10.3e, DISCIPLINE_HEAD, false, true"
  })
  void theShippedPackNamesTheReportsOfYw10(
      String code, String ruleId, Role approvedBy, boolean previousYear, boolean eventDated) {
    ReportType type = shipped().section(ReportTypes.class).type(code).orElseThrow();
    assertEquals(ruleId, type.ruleId(), code);
    assertEquals(approvedBy, type.approvedBy(), code);
    assertEquals(previousYear, type.coversPreviousYear(), code);
    assertEquals(eventDated, type.eventDated(), code);
    assertTrue(shipped().rule(ruleId).isPresent(), ruleId);
    assertFalse(type.sections().isEmpty(), code);
  }

  @Test
  void theAnnualReportGoesToBothCommitteeAndCommissionWithSectionsOfYw6AndYw7() {
    ReportType annual = shipped().section(ReportTypes.class).type("ANNUAL_MAIN").orElseThrow();
    assertEquals(List.of("市委", "市纪委"), annual.addressees(), "YW-10.1");
    assertTrue(annual.section("YW-6").isPresent() && annual.section("YW-7").isPresent(), "YW-10.1");
    assertTrue(annual.formalDocumentRequired(), "YW-10.1");
  }

  @ParameterizedTest(name = "{0}: {1}, scored by {2}")
  @CsvSource({"HEARING, YW-10.2, PRIMARY_LEADER", "DUTY_REPORT, YW-10.4, DISCIPLINE_HEAD"})
  void theShippedPackScoresHearingsOnTheSpot(String code, String ruleId, Role speaker) {
    ScoredMeeting meeting = shipped().section(ScoredMeetings.class).meeting(code).orElseThrow();
    assertEquals(ruleId, meeting.ruleId(), code);
    assertEquals(speaker, meeting.speakerRole(), code);
    assertTrue(meeting.dropHighestAndLowest(), code);
    assertEquals(5, meeting.minimumScoresToDrop(), code);
  }

  @ParameterizedTest(name = "{0} on 0–100 step 0.5: {1}")
  @CsvSource({"0, true", "100, true", "87.5, true", "87.25, false", "-0.5, false", "100.5, false", "60.0, true"})
  void aScoreMustLieOnTheScale(BigDecimal score, boolean admitted) {
    ScoredMeeting.Scale scale = shipped().section(ScoredMeetings.class).meeting("HEARING").orElseThrow().scale();
    assertEquals(admitted, scale.admits(score), "YW-10.2 " + score);
  }

  @ParameterizedTest(name = "{1}")
  @CsvSource(
      delimiter = '|',
      value = {
        "\"reportTypes\": [{\"code\": \"X\", \"ruleId\": \"YW-1.1\", \"title\": \"t\", \"reviewedBy\": [\"COMMISSION_REVIEWER\"], \"sections\": [{\"key\": \"A\", \"title\": \"a\"}]}]"
            + " | 代码“X”应为大写字母",
        "\"reportTypes\": [{\"code\": \"XY\", \"ruleId\": \"YW-9.9\", \"title\": \"t\", \"reviewedBy\": [\"COMMISSION_REVIEWER\"], \"sections\": [{\"key\": \"A\", \"title\": \"a\"}]}]"
            + " | 条款编号“YW-9.9”不在本规则包的义务中",
        "\"reportTypes\": [{\"code\": \"XY\", \"ruleId\": \"YW-1.1\", \"title\": \"t\", \"reviewedBy\": [\"MAYOR\"], \"sections\": [{\"key\": \"A\", \"title\": \"a\"}]}]"
            + " | 审核角色 reviewedBy“MAYOR”未知",
        "\"reportTypes\": [{\"code\": \"XY\", \"ruleId\": \"YW-1.1\", \"title\": \"t\", \"reviewedBy\": [\"COMMISSION_REVIEWER\"], \"sections\": []}]"
            + " | 缺少表单栏目 sections",
        "\"reportTypes\": [{\"code\": \"XY\", \"ruleId\": \"YW-1.1\", \"title\": \"t\", \"reviewedBy\": [\"COMMISSION_REVIEWER\"], \"sections\": [{\"key\": \"A\", \"title\": \"a\"}, {\"key\": \"A\", \"title\": \"b\"}]}]"
            + " | 栏目代码“A”重复",
        "\"scoredMeetings\": [{\"code\": \"HX\", \"ruleId\": \"YW-1.1\", \"title\": \"t\", \"speakerRole\": \"PRIMARY_LEADER\", \"scale\": {\"min\": 100, \"max\": 0, \"step\": 1}}]"
            + " | 评分标准 scale 应满足 min < max",
        "\"scoredMeetings\": [{\"code\": \"HX\", \"ruleId\": \"YW-1.1\", \"title\": \"t\", \"speakerRole\": \"PRIMARY_LEADER\", \"scale\": {\"min\": 0, \"max\": 100, \"step\": 1}, \"dropHighestAndLowest\": true, \"minimumScoresToDrop\": 2}]"
            + " | minimumScoresToDrop 至少为 3",
        "\"scoredMeetings\": [{\"code\": \"HX\", \"ruleId\": \"YW-1.1\", \"title\": \"t\", \"speakerRole\": \"PRIMARY_LEADER\"}, {\"code\": \"HX\", \"ruleId\": \"YW-1.1\", \"title\": \"t\", \"speakerRole\": \"PRIMARY_LEADER\", \"scale\": {\"min\": 0, \"max\": 10, \"step\": 1}}]"
            + " | 缺少评分标准 scale"
      })
  void aFaultyReportTypeOrMeetingIsRefusedWithAClearError(String section, String expected) {
    String json = pack(PLAIN).replaceFirst("\\}$", ", " + section.replace("$", "\\$") + "}");
    RulePackException e = assertThrows(RulePackException.class, () -> RulePackReader.read(json, "test", TestSections.ALL));
    assertTrue(e.getProblems().stream().anyMatch(p -> p.contains(expected)), e.getProblems().toString());
  }

  // ---- accountability (责任追究, YW-14 … YW-17) ----

  @Test
  void theShippedPackCarriesTheAccountabilityCatalogueOfArticles14To17() {
    AccountabilityCatalogue catalogue = shipped().section(AccountabilityCatalogue.class);
    assertEquals(16, catalogue.grounds().size());
    assertEquals(11, catalogue.outcomes().size());
    assertEquals("YW-16", catalogue.matrix().ruleId());
    assertEquals("YW-17", catalogue.procedure().ruleId());
    assertEquals("诫勉谈话", catalogue.outcome("ADMONISHMENT_TALK").orElseThrow().label());
  }

  @Test
  void aPackWithoutTheSectionHasAnEmptyCatalogue() {
    assertTrue(RulePackReader.read(pack(PLAIN), "t", TestSections.ALL).section(AccountabilityCatalogue.class).grounds().isEmpty());
  }

  // ---- interviews (约谈提醒, YW-12) ----

  @ParameterizedTest(name = "{0}: {1}, led by {2}")
  @CsvSource({
    "EARLY_SIGN, YW-12.1, PRIMARY_LEADER TEAM_MEMBER, false",
    "FORWARDED_REPORT, YW-12.1, PRIMARY_LEADER TEAM_MEMBER, true",
    "YEARLY_HEADS, YW-12.2, COMMISSION_LEADER, false",
    "RECTIFICATION, YW-12.2, COMMISSION_LEADER, false",
    "PRE_APPOINTMENT, YW-12.2, COMMISSION_LEADER, false",
    "ADMONISHMENT, YW-12.3, COMMISSION_LEADER PRIMARY_LEADER, false",
    "REMINDER, YW-12, COMMISSION_LEADER PRIMARY_LEADER TEAM_MEMBER DISCIPLINE_HEAD, false"
  })
  void theShippedPackNamesTheInterviewsOfYw12(String code, String ruleId, String leaders, boolean forwarded) {
    InterviewType type = shipped().section(InterviewCatalogue.class).type(code).orElseThrow();
    assertEquals(ruleId, type.ruleId());
    assertEquals(
        java.util.Arrays.stream(leaders.split(" ")).map(Role::valueOf).collect(java.util.stream.Collectors.toSet()),
        java.util.Set.copyOf(type.conductedBy()));
    assertEquals(forwarded, type.forwarded());
    assertTrue(type.article().length() > 10, "cites the article's words");
  }

  @Test
  void onlyTheYearlyInterviewOfTheHeadsCountsForCoverageAndItIsHeldWithTheHeads() {
    List<InterviewType> yearly = shipped().section(InterviewCatalogue.class).types().stream().filter(InterviewType::yearlyCoverage).toList();
    assertEquals(List.of("YEARLY_HEADS"), yearly.stream().map(InterviewType::code).toList());
    assertEquals(List.of(Role.PRIMARY_LEADER, Role.DISCIPLINE_HEAD), yearly.get(0).intervieweeRoles());
  }

  @ParameterizedTest(name = "{0} watches {1}, {2} {3}")
  @CsvSource({
    "MANY_PROBLEMS, PROBLEMS, true, 5",
    "MANY_PETITIONS, PETITIONS, true, 10",
    "MANY_CASES, CASES, true, 3",
    "LOW_SATISFACTION, SATISFACTION, false, 80"
  })
  void theShippedThresholdsOfYw122SuggestARectificationInterview(
      String code, InterviewTrigger.Signal signal, boolean atLeast, BigDecimal threshold) {
    InterviewTrigger trigger =
        shipped().section(InterviewCatalogue.class).triggers().stream().filter(t -> t.code().equals(code)).findFirst().orElseThrow();
    assertEquals("YW-12.2", trigger.ruleId());
    assertEquals(signal, trigger.signal());
    assertEquals(atLeast, trigger.atLeast());
    assertEquals(0, threshold.compareTo(trigger.threshold()));
    assertEquals("RECTIFICATION", trigger.interviewType());
  }

  @ParameterizedTest(name = "YW-11.3: {0} list signed by {1} (root: {2}), items written by {3}")
  @CsvSource({
    "RESPONSIBILITY, YW-11.1, DISCIPLINE_HEAD, COMMISSION_LEADER, COMMISSION_REVIEWER",
    "DIVISION, YW-6.1, PRIMARY_LEADER, PRIMARY_LEADER, UNIT_CLERK",
    "PROBLEM, YW-11.1, DISCIPLINE_HEAD, COMMISSION_LEADER, COMMISSION_REVIEWER",
    "RECTIFICATION, YW-11.2, DISCIPLINE_HEAD, COMMISSION_LEADER, UNIT_CLERK"
  })
  void theShippedPackNamesTheSignerOfEachListAsTheSeedsArticle11Does(
      SignedListKind kind, String ruleId, Role signer, Role rootSigner, Role anEditor) {
    SignedListRule rule = shipped().section(SignedLists.class).rule(kind).orElseThrow();
    assertEquals(ruleId, rule.ruleId());
    assertEquals("YW-11.3", rule.signerRuleId());
    assertEquals(signer, rule.signerFor(false));
    assertEquals(rootSigner, rule.signerFor(true));
    assertTrue(rule.editorRoles().contains(anEditor), kind + " editors");
    assertTrue(rule.articleText().length() > 10, kind + " cites its article");
    assertTrue(shipped().section(SignedLists.class).interpretation().contains("纪委主要负责人"));
  }

  @Test
  void theResponsibilityLetterHasTemplateItemsAndTheRectificationListApprovers() {
    SignedLists lists = shipped().section(SignedLists.class);
    assertFalse(lists.rule(SignedListKind.RESPONSIBILITY).orElseThrow().templateItems().isEmpty());
    assertTrue(lists.rule(SignedListKind.RECTIFICATION).orElseThrow().approverRoles().contains(Role.DISCIPLINE_HEAD));
  }

  @ParameterizedTest(name = "{0} followed up by {1}")
  @CsvSource({
    "DAILY_CHECK, ''", "SPECIAL_SUPERVISION, ''", "CASE_INVESTIGATION, ''", "PUBLIC_REPORT, ''",
    "INSPECTION_FEEDBACK, YW-6.12", "UPPER_FEEDBACK, YW-6.12"
  })
  void theProblemSourcesOfYw11AndFeedbackFollowedUpByYw612(String code, String followUp) {
    ProblemSource source = shipped().section(SignedLists.class).source(code).orElseThrow();
    assertEquals(followUp.isEmpty() ? null : followUp, source.followUpRuleId());
  }

  @ParameterizedTest(name = "{1}")
  @CsvSource(
      delimiter = '|',
      value = {
        "{\"grounds\": [{\"ruleId\": \"YW-14.1\", \"article\": \"a\", \"body\": \"MAYOR\", \"title\": \"t\", \"articleText\": \"x\"}]}"
            + " | 追责对象方面 body“MAYOR”未知",
        "{\"grounds\": [{\"ruleId\": \"YW-14.1\", \"article\": \"a\", \"body\": \"PARTY_COMMITTEE\", \"title\": \"t\"}]}"
            + " | 缺少条款原文 articleText",
        "{\"outcomes\": [{\"code\": \"WARNING\", \"label\": \"警告\", \"handledBy\": []}]}"
            + " | 缺少办理机关 handledBy",
        "{\"outcomes\": [{\"code\": \"WARNING\", \"label\": \"警告\", \"handledBy\": [\"POLICE\"]}]}"
            + " | 办理机关 handledBy“POLICE”未知",
        "{\"matrix\": {\"ruleId\": \"YW-16\", \"article\": \"a\", \"articleText\": \"x\", \"cells\": [{\"subject\": \"TEAM\", \"severity\": \"MINOR\", \"outcomes\": [\"EXILE\"]}]}}"
            + " | 追究方式“EXILE”不在 outcomes 中",
        "{\"matrix\": {\"ruleId\": \"YW-16\", \"article\": \"a\", \"articleText\": \"x\", \"cells\": [{\"subject\": \"TEAM\", \"severity\": \"MINOR\", \"outcomes\": [\"W\"]}]}}"
            + " | 矩阵缺少格 INDIVIDUAL × GRAVE",
        "{\"procedure\": {\"ruleId\": \"YW-17\"}} | 办理程序 procedure：缺少条款原文 articleText"
      })
  void aFaultyAccountabilitySectionIsRefusedWithAClearError(String section, String expected) {
    String json =
        pack(PLAIN).replaceFirst("\\}$", ", \"accountability\": " + section.replace("$", "\\$") + "}");
    RulePackException e = assertThrows(RulePackException.class, () -> RulePackReader.read(json, "test", TestSections.ALL));
    assertTrue(e.getProblems().stream().anyMatch(p -> p.contains(expected)), e.getProblems().toString());
  }

  @ParameterizedTest(name = "{1}")
  @CsvSource(
      delimiter = '|',
      value = {
        "\"ledgerActivities\": [{\"code\": \"MEETING\", \"ruleId\": \"YW-9.9\", \"title\": \"t\"}]"
            + " | 条款编号“YW-9.9”不在本规则包的义务中",
        "\"ledgerActivities\": [{\"code\": \"MEETING\", \"ruleId\": \"YW-1.1\"}]"
            + " | 缺少名称 title",
        "\"ledgerActivities\": [{\"code\": \"M\", \"ruleId\": \"YW-1.1\", \"title\": \"t\"}]"
            + " | 代码“M”应为大写字母",
        "\"ledgerActivities\": [{\"code\": \"MEETING\", \"ruleId\": \"YW-1.1\", \"title\": \"t\"},"
            + " {\"code\": \"MEETING\", \"ruleId\": \"YW-1.1\", \"title\": \"u\"}]"
            + " | 台账活动代码“MEETING”重复",
        "\"ledgerActivities\": [{\"code\": \"MEETING\", \"ruleId\": \"YW-1.1\", \"title\": \"t\"},"
            + " {\"code\": \"OTHER\", \"ruleId\": \"YW-1.1\", \"title\": \"u\"}]"
            + " | 台账活动所依据条款代码“YW-1.1”重复",
        "\"reportTypes\": [{\"code\": \"XY\", \"ruleId\": \"YW-1.1\", \"title\": \"t\", \"reviewedBy\": [\"COMMISSION_REVIEWER\"], \"sections\": [{\"key\": \"A\", \"title\": \"a\"}]}],"
            + " \"ledgerActivities\": [{\"code\": \"MEETING\", \"ruleId\": \"YW-1.1\", \"title\": \"t\"}]"
            + " | 条款“YW-1.1”已由报告完成"
      })
  void aFaultyLedgerActivityIsRefusedWithAClearError(String section, String expected) {
    String json = pack(PLAIN).replaceFirst("\\}$", ", " + section.replace("$", "\\$") + "}");
    RulePackException e = assertThrows(RulePackException.class, () -> RulePackReader.read(json, "test", TestSections.ALL));
    assertTrue(e.getProblems().stream().anyMatch(p -> p.contains(expected)), e.getProblems().toString());
  }

  @ParameterizedTest(name = "{1}")
  @CsvSource(
      delimiter = '|',
      value = {
        "\"interviewTypes\": [{\"code\": \"TX\", \"ruleId\": \"第十二条\", \"title\": \"t\", \"article\": \"a\", \"scheduledBy\": [\"COMMISSION_LEADER\"], \"conductedBy\": [\"COMMISSION_LEADER\"]}]"
            + " | 条款编号“第十二条”格式不对",
        "\"interviewTypes\": [{\"code\": \"TX\", \"ruleId\": \"YW-12.1\", \"title\": \"t\", \"article\": \"a\", \"scheduledBy\": [\"COMMISSION_LEADER\"], \"conductedBy\": [\"MAYOR\"]}]"
            + " | conductedBy“MAYOR”未知",
        "\"interviewTypes\": [{\"code\": \"TX\", \"ruleId\": \"YW-12.1\", \"title\": \"t\", \"article\": \"a\", \"scheduledBy\": [\"COMMISSION_LEADER\"], \"conductedBy\": []}]"
            + " | 缺少角色 conductedBy",
        "\"interviewTypes\": [{\"code\": \"TX\", \"ruleId\": \"YW-12.1\", \"title\": \"t\", \"scheduledBy\": [\"COMMISSION_LEADER\"], \"conductedBy\": [\"COMMISSION_LEADER\"]}]"
            + " | 缺少条款原文 article",
        "\"interviewTriggers\": [{\"code\": \"TR\", \"ruleId\": \"YW-12.2\", \"title\": \"t\", \"signal\": \"CASES\", \"atLeast\": 3, \"below\": 1, \"interviewType\": \"X\"}]"
            + " | 应给出且只给出一个阈值",
        "\"interviewTriggers\": [{\"code\": \"TR\", \"ruleId\": \"YW-12.2\", \"title\": \"t\", \"signal\": \"WEATHER\", \"atLeast\": 3, \"interviewType\": \"X\"}]"
            + " | 指标 signal“WEATHER”未知",
        "\"interviewTriggers\": [{\"code\": \"TR\", \"ruleId\": \"YW-12.2\", \"title\": \"t\", \"signal\": \"CASES\", \"atLeast\": 3, \"interviewType\": \"NOPE\"}]"
            + " | 约谈类型“NOPE”不在本规则包的约谈类型中",
        "\"interviewTriggers\": [{\"code\": \"TR\", \"ruleId\": \"YW-12.2\", \"title\": \"t\", \"signal\": \"CASES\", \"atLeast\": -1, \"interviewType\": \"NOPE\"}]"
            + " | 阈值应为非负数"
      })
  void aFaultyInterviewTypeOrThresholdIsRefusedWithAClearError(String section, String expected) {
    String json = pack(PLAIN).replaceFirst("\\}$", ", " + section.replace("$", "\\$") + "}");
    RulePackException e = assertThrows(RulePackException.class, () -> RulePackReader.read(json, "test", TestSections.ALL));
    assertTrue(e.getProblems().stream().anyMatch(p -> p.contains(expected)), e.getProblems().toString());
  }

  @ParameterizedTest(name = "{1}")
  @CsvSource(
      delimiter = '|',
      value = {
        "{\"kinds\": []} | 缺少清单种类",
        "{\"kinds\": [{\"kind\": \"MEMO\"}]} | 清单种类 kind 未知",
        "{\"kinds\": [{\"kind\": \"DIVISION\", \"ruleId\": \"YW-6.1\", \"signerRuleId\": \"YW-11.3\", \"article\": \"a\", \"articleText\": \"t\", \"title\": \"t\", \"signerRole\": \"MAYOR\", \"rootSignerRole\": \"PRIMARY_LEADER\", \"editorRoles\": [\"UNIT_CLERK\"]}]} | 签名角色 signerRole“MAYOR”未知",
        "{\"kinds\": [{\"kind\": \"RECTIFICATION\", \"ruleId\": \"YW-11.2\", \"signerRuleId\": \"YW-11.3\", \"article\": \"a\", \"articleText\": \"t\", \"title\": \"t\", \"signerRole\": \"DISCIPLINE_HEAD\", \"rootSignerRole\": \"COMMISSION_LEADER\", \"editorRoles\": [\"UNIT_CLERK\"]}]} | 整改清单须写明销账审批角色",
        "{\"kinds\": [{\"kind\": \"PROBLEM\", \"ruleId\": \"第十一条\"}]} | 格式不对",
        "{\"problemSources\": [{\"code\": \"UPPER\", \"title\": \"t\", \"followUpRuleId\": \"YW-1.1\"}]} | 应为按事件发生且定期重复",
        "{\"problemSources\": [{\"code\": \"UPPER\", \"title\": \"t\", \"followUpRuleId\": \"YW-9.9\"}]} | 不在本规则包的义务中",
        "{\"problemSources\": [{\"code\": \"A1\", \"title\": \"t\"}, {\"code\": \"A1\", \"title\": \"u\"}]} | 问题来源代码“A1”重复"
      })
  void aFaultySignedListsSectionIsRefusedWithAClearError(String section, String expected) {
    String json = pack(PLAIN).replaceFirst("\\}$", ", \"signedLists\": " + section + "}");
    RulePackException e = assertThrows(RulePackException.class, () -> RulePackReader.read(json, "test", TestSections.ALL));
    assertTrue(e.getProblems().stream().anyMatch(p -> p.contains(expected)), e.getProblems().toString());
  }

  @Test
  void aLedgerActivityCannotFulfilAnEventBornObligation() {
    String json =
        pack("\"frequency\": \"PER_EVENT\", \"event\": \"E\", \"due\": {\"afterEvent\": \"1M\"}")
            .replaceFirst("\\}$",
                ", \"ledgerActivities\": [{\"code\": \"MEETING\", \"ruleId\": \"YW-1.1\", \"title\": \"t\"}]}");
    RulePackException e = assertThrows(RulePackException.class, () -> RulePackReader.read(json, "test", TestSections.ALL));
    assertTrue(e.getProblems().stream().anyMatch(p -> p.contains("按事件发生，不能由台账记录完成")),
        e.getProblems().toString());
  }

  @ParameterizedTest(name = "{0} → {1}")
  @CsvSource({
    "START_OF_YEAR_MEETING, YW-6.2a",
    "QUARTERLY_MEETING, YW-6.2b",
    "LEADER_PARTY_LECTURE, YW-7.2b",
    "MEMBER_SPECIAL_ANALYSIS, YW-8.2",
    "WARNING_EDUCATION, YW-9.6",
    "SPECIAL_INSPECTION, YW-9.7"
  })
  void theShippedPackMapsLedgerActivitiesToTheirObligations(String code, String ruleId) {
    assertEquals(ruleId, shipped().section(LedgerActivities.class).activity(code).orElseThrow().ruleId());
  }

  @Test
  void aPackWithoutSignedListsHasNone() {
    assertTrue(RulePackReader.read(pack(PLAIN), "test", TestSections.ALL).section(SignedLists.class).kinds().isEmpty());
  }

  @Test
  void theShippedAssessmentSectionSumsTo100AndEveryIndicatorCitesYw13Point2() {
    AssessmentTemplate a = shipped().section(AssessmentTemplate.class);
    assertEquals("YW-13.2", a.ruleId());
    assertEquals("YW-13.3", a.publicationRuleId());
    assertEquals(0, BigDecimal.valueOf(100).compareTo(
        a.indicators().stream().map(IndicatorTemplate::maxPoints).reduce(BigDecimal.ZERO, BigDecimal::add)));
    assertTrue(a.indicators().stream().allMatch(i -> i.ruleIds().contains("YW-13.2")));
    assertEquals(List.of(ScoringKind.values()).size(),
        a.indicators().stream().map(IndicatorTemplate::kind).distinct().count(), "every scoring kind is used");
    assertEquals(List.of(PublicationReach.values()),
        a.scopes().stream().map(PublicationScope::reach).toList(), "YW-13.3 scopes");
    assertTrue(a.interpretation().contains("等次"));
  }

  @ParameterizedTest(name = "YW-13.2: {0} points → {1}")
  @CsvSource({"100, EXCELLENT", "90, EXCELLENT", "89.99, GOOD", "80, GOOD", "60, PASS", "59.5, FAIL", "0, FAIL"})
  void theShippedGradeBandsReadTheTotal(BigDecimal total, String grade) {
    assertEquals(grade, shipped().section(AssessmentTemplate.class).grade(total).orElseThrow().code());
  }

  @ParameterizedTest(name = "{1}")
  @CsvSource(delimiter = '|', value = {
    "{\"code\":\"AB\",\"name\":\"a\",\"kind\":\"MANUAL\",\"ruleIds\":[\"YW-13.2\"],\"maxPoints\":90}"
        + "| 各指标分值 maxPoints 之和应为 100",
    "{\"code\":\"AB\",\"name\":\"a\",\"kind\":\"OBLIGATIONS_ON_TIME\",\"ruleIds\":[\"YW-13.2\"],"
        + "\"maxPoints\":100,\"parameters\":{\"obligationRuleIds\":[\"YW-99.1\"],\"lateFactor\":0.5}}"
        + "| 义务“YW-99.1”不在本规则包中",
    "{\"code\":\"AB\",\"name\":\"a\",\"kind\":\"HEARING_SCORE\",\"ruleIds\":[\"YW-13.2\"],"
        + "\"maxPoints\":100,\"parameters\":{\"meetingCode\":\"NONE\"}}| 不在本规则包的评议会议中",
    "{\"code\":\"AB\",\"name\":\"a\",\"kind\":\"RECTIFICATION_ON_TIME\",\"ruleIds\":[\"YW-13.2\"],"
        + "\"maxPoints\":100,\"parameters\":{\"lateFactor\":1.5}}| lateFactor 应在 0 与 1 之间",
    "{\"code\":\"AB\",\"name\":\"a\",\"kind\":\"ACCOUNTABILITY_DEDUCTION\",\"ruleIds\":[\"YW-13.2\"],"
        + "\"maxPoints\":100,\"parameters\":{\"severityDeductions\":{\"MINOR\":1}}}| 缺少数值 SERIOUS",
    "{\"code\":\"AB\",\"name\":\"a\",\"kind\":\"GUESS\",\"ruleIds\":[\"YW-13.2\"],\"maxPoints\":100}"
        + "| 计分方式 kind 未知"
  })
  void aFaultyAssessmentSectionIsRefused(String indicator, String expected) {
    String section = "\"assessment\": {\"ruleId\": \"YW-13.2\", \"publicationRuleId\": \"YW-13.3\","
        + " \"frameworkRuleIds\": [\"YW-13.2\", \"YW-13.3\"], \"totalPoints\": 100,"
        + " \"interpretation\": \"i\", \"indicators\": [" + indicator + "],"
        + " \"publicationScopes\": [{\"reach\": \"CITY\", \"label\": \"全市\"}]}";
    String json = pack(PLAIN).replaceFirst("\\}$", ", " + section.replace("$", "\\$") + "}");
    RulePackException e = assertThrows(RulePackException.class, () -> RulePackReader.read(json, "test", TestSections.ALL));
    assertTrue(e.getProblems().stream().anyMatch(p -> p.contains(expected)), e.getProblems().toString());
  }

  @Test
  void anAssessmentSectionWithoutPublicationScopesIsRefusedCitingYw13Point3() {
    String section = "\"assessment\": {\"ruleId\": \"YW-13.2\", \"publicationRuleId\": \"YW-13.3\","
        + " \"frameworkRuleIds\": [\"YW-13.2\", \"YW-13.3\"], \"totalPoints\": 100,"
        + " \"interpretation\": \"i\", \"indicators\": [{\"code\":\"AB\",\"name\":\"a\",\"kind\":\"MANUAL\","
        + "\"ruleIds\":[\"YW-13.2\"],\"maxPoints\":100}]}";
    String json = pack(PLAIN).replaceFirst("\\}$", ", " + section + "}");
    RulePackException e = assertThrows(RulePackException.class, () -> RulePackReader.read(json, "test", TestSections.ALL));
    assertTrue(e.getProblems().stream().anyMatch(p -> p.contains("YW-13.3")), e.getProblems().toString());
  }

  @Test
  void aPackWithoutAssessmentOffersNone() {
    assertTrue(RulePackReader.read(pack(PLAIN), "test", TestSections.ALL).section(AssessmentTemplate.class).indicators().isEmpty());
  }

  /** An override that changes nothing: the base rule as it is. */
  private static final String PLAIN = "\"minimumCount\": 1";

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

package cn.zeren.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.zeren.accountability.AccountabilityCatalogue;
import cn.zeren.accountability.AccountabilityCatalogue.Body;
import cn.zeren.assessment.AssessmentTemplate;
import cn.zeren.interview.InterviewCatalogue;
import cn.zeren.platform.i18n.Texts;
import cn.zeren.report.ReportTypes;
import cn.zeren.security.Role;
import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The articles the code needs by their role — the one a report's signature enforces, the one on an interview's
 * explanation, the assessment's own articles and total — come from each context's section of the pack: read from
 * the shipped pack, refused with the place in the document when missing or malformed, and cited as another
 * locality's pack names them.
 */
class ArticleRolesTest {
  private static final RulePack SHIPPED = RulePackReaderTest.shipped();
  private static final String REPORT_TYPES = "\"reportTypes\": [{\"code\": \"XY\", \"ruleId\": \"YW-1.1\","
      + " \"title\": \"t\", \"reviewedBy\": [\"COMMISSION_REVIEWER\"],"
      + " \"sections\": [{\"key\": \"A\", \"title\": \"a\"}]}]";
  private static final String INTERVIEW_TYPES = "\"interviewTypes\": [{\"code\": \"TX\", \"ruleId\": \"YW-12.1\","
      + " \"title\": \"t\", \"article\": \"a\", \"scheduledBy\": [\"COMMISSION_LEADER\"],"
      + " \"conductedBy\": [\"COMMISSION_LEADER\"]}]";
  private static final String INDICATOR =
      "{\"code\": \"AB\", \"name\": \"a\", \"kind\": \"MANUAL\", \"ruleIds\": [\"YW-13.2\"], \"maxPoints\": 100}";

  @Test
  void theShippedPackNamesTheArticlesByTheirRole() {
    assertEquals("YW-11.3", SHIPPED.section(ReportTypes.class).signingRuleId(), "a report's signature");
    InterviewCatalogue interviews = SHIPPED.section(InterviewCatalogue.class);
    assertEquals("YW-12.1", interviews.explanationRuleId(), "an interview's explanation and its signed reply");
    assertEquals(List.of(Role.PRIMARY_LEADER, Role.DISCIPLINE_HEAD), interviews.heads(), "YW-12.2's heads");
    AssessmentTemplate assessment = SHIPPED.section(AssessmentTemplate.class);
    assertEquals(List.of("YW-13.1", "YW-13.2", "YW-13.3"), assessment.frameworkRuleIds());
    assertEquals(0, new BigDecimal("100").compareTo(assessment.totalPoints()), "YW-13.2 on 100 points");
    AccountabilityCatalogue catalogue = SHIPPED.section(AccountabilityCatalogue.class);
    assertEquals("YW-14.1–YW-14.9", catalogue.groundArticles(Body.PARTY_COMMITTEE));
    assertEquals("YW-15.1–YW-15.7", catalogue.groundArticles(Body.DISCIPLINE_BODY));
  }

  @Test
  void anotherLocalitysPackCitesItsOwnArticles() {
    RulePack other = RulePackReader.read(
        pack(REPORT_TYPES + ", \"reportSigningRuleId\": \"JDZ-20\", " + INTERVIEW_TYPES
            + ", \"interviewExplanationRuleId\": \"JDZ-31.2\""), "jdz", TestSections.ALL);
    String rule = other.section(ReportTypes.class).signingRuleId();
    assertEquals("只有已报送的版本才能签字背书（JDZ-20）。", Texts.zh("report.sign.notSubmitted", rule));
    assertEquals("JDZ-31.2", other.section(InterviewCatalogue.class).explanationRuleId());
    assertEquals(List.of(), other.section(InterviewCatalogue.class).heads(), "no type counts for the yearly round");
  }

  @ParameterizedTest(name = "{1}")
  @CsvSource(delimiter = '|', value = {
    "REPORTS | 报告类型：缺少签名条款 reportSigningRuleId",
    "REPORTS, \"reportSigningRuleId\": \"第十一条\" | 报告类型：签名条款“第十一条”格式不对，应如 YW-12.2",
    "REPORTS, \"reportSigningRuleId\": 11 | 报告类型：缺少签名条款 reportSigningRuleId",
    "\"reportSigningRuleId\": \"11.3\" | 报告类型：签名条款“11.3”格式不对，应如 YW-12.2",
    "INTERVIEWS | 约谈：缺少情况说明条款 interviewExplanationRuleId",
    "INTERVIEWS, \"interviewExplanationRuleId\": \"yw-12.1\" | 约谈：情况说明条款“yw-12.1”格式不对，应如 YW-12.2"
  })
  void aMissingOrMalformedArticleOfARoleIsRefusedWithItsPlace(String sections, String expected) {
    String json = pack(sections.replace("REPORTS", REPORT_TYPES).replace("INTERVIEWS", INTERVIEW_TYPES));
    RulePackException e = assertThrows(RulePackException.class, () -> RulePackReader.read(json, "t", TestSections.ALL));
    assertTrue(e.getProblems().contains(expected), e.getProblems().toString());
  }

  @ParameterizedTest(name = "{1}")
  @CsvSource(delimiter = '|', value = {
    "\"totalPoints\": 100 | 考核评价：缺少考核本身的条款 frameworkRuleIds（指标引用而不计分的条款）",
    "\"frameworkRuleIds\": \"YW-13.2\", \"totalPoints\": 100 | 考核评价：frameworkRuleIds 应为字符串列表",
    "\"frameworkRuleIds\": [\"13.2\"], \"totalPoints\": 100 | 考核评价：frameworkRuleIds 的条款编号“13.2”格式不对",
    "\"frameworkRuleIds\": [\"YW-13.2\"] | 考核评价：缺少数值 totalPoints",
    "\"frameworkRuleIds\": [\"YW-13.2\"], \"totalPoints\": \"100\" | 考核评价：缺少数值 totalPoints",
    "\"frameworkRuleIds\": [\"YW-13.2\"], \"totalPoints\": 0 | 考核评价：总分 totalPoints 应大于 0",
    "\"frameworkRuleIds\": [\"YW-13.2\"], \"totalPoints\": 90 | 考核评价：各指标分值 maxPoints 之和应为 90，现为 100"
  })
  void anAssessmentWithoutItsOwnArticlesOrTotalIsRefused(String keys, String expected) {
    String json = pack("\"assessment\": {\"ruleId\": \"YW-13.2\", \"publicationRuleId\": \"YW-13.3\", " + keys
        + ", \"interpretation\": \"i\", \"indicators\": [" + INDICATOR + "],"
        + " \"publicationScopes\": [{\"reach\": \"CITY\", \"label\": \"全市\"}]}");
    RulePackException e = assertThrows(RulePackException.class, () -> RulePackReader.read(json, "t", TestSections.ALL));
    assertTrue(e.getProblems().contains(expected), e.getProblems().toString());
  }

  @Test
  void aGradeAboveThePacksTotalIsRefused() {
    String json = pack("\"assessment\": {\"ruleId\": \"YW-13.2\", \"publicationRuleId\": \"YW-13.3\","
        + " \"frameworkRuleIds\": [\"YW-13.2\"], \"totalPoints\": 100, \"interpretation\": \"i\","
        + " \"indicators\": [" + INDICATOR + "],"
        + " \"grades\": [{\"code\": \"TOP\", \"label\": \"优\", \"minPoints\": 120}],"
        + " \"publicationScopes\": [{\"reach\": \"CITY\", \"label\": \"全市\"}]}");
    RulePackException e = assertThrows(RulePackException.class, () -> RulePackReader.read(json, "t", TestSections.ALL));
    assertTrue(e.getProblems().contains("考核等次（TOP）：最低分 minPoints 应在 0 与总分之间"), e.getProblems().toString());
  }

  private static String pack(String sections) {
    return "{\"id\": \"t\", \"version\": \"1\", \"title\": \"t\", \"obligations\": [{\"ruleId\": \"YW-1.1\","
        + " \"article\": \"第一条\", \"articleText\": \"每季度召开专题例会。\", \"title\": \"例会\", \"owner\": \"COMMITTEE\","
        + " \"scope\": \"UNITS\", \"frequency\": \"QUARTERLY\", \"due\": {\"endOfPeriod\": true}}], " + sections + "}";
  }
}

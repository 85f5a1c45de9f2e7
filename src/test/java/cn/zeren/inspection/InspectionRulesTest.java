package cn.zeren.inspection;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.zeren.calendar.Period;
import cn.zeren.inspection.InspectionCoordination.InformationRequests;
import cn.zeren.inspection.InspectionCoordination.Recipient;
import cn.zeren.inspection.InspectionCoordination.TimedProvision;
import cn.zeren.inspection.InspectionProcedure.Avoidance;
import cn.zeren.inspection.InspectionProcedure.RoundType;
import cn.zeren.rules.PackSet;
import cn.zeren.rules.Regulation;
import cn.zeren.rules.RulePack;
import cn.zeren.rules.RulePackException;
import cn.zeren.rules.RulePackReader;
import cn.zeren.rules.ShippedPacks;
import cn.zeren.rules.TestSections;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonPatchBuilder;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Issue 15: the inspection measures (JDZ, ZZ) and the county's coordination opinions (XC) as the shipped packs hold
 * them — what each regulation sets and what it leaves unset, the XC pack composing with either measures, and a second
 * pack of either section refused naming both.
 */
class InspectionRulesTest {
  private static final PackSet SHIPPED = ShippedPacks.packSet();
  private static final String XC = "classpath:rules/xc-inspection.json";

  private static RulePack pack(String id) {
    return SHIPPED.packs().stream().filter(p -> p.id().equals(id)).findFirst().orElseThrow();
  }

  private static InspectionProcedure procedure(String id) {
    return pack(id).section(InspectionProcedure.class);
  }

  private static InspectionCoordination coordination() {
    return pack("xc-coordination").section(InspectionCoordination.class);
  }

  @ParameterizedTest(name = "{0}: round ≥ {1} working days ({2}), {3} per term, draw {4}")
  @CsvSource(delimiter = '|', nullValues = "-", value = {
    "jdz-2017 | 20 | JDZ-16 | 1 | -",
    "zz-2017  | -  | -      | - | ZZ-6"})
  void eachMeasuresSetTheirOwnDurationCoverageAndDraw(
      String pack, Integer workingDays, String minimumRuleId, Integer timesPerTerm, String drawRuleId) {
    InspectionProcedure procedure = procedure(pack);
    assertEquals(Optional.ofNullable(workingDays), procedure.roundMinimum().map(m -> m.workingDays()), "JDZ-16");
    assertEquals(Optional.ofNullable(minimumRuleId), procedure.roundMinimum().map(m -> m.ruleId()));
    assertEquals(Optional.ofNullable(timesPerTerm), procedure.coverage().map(c -> c.timesPerTerm()), "JDZ-16");
    assertEquals(Optional.ofNullable(minimumRuleId), procedure.coverage().map(c -> c.ruleId()));
    assertEquals(Optional.ofNullable(drawRuleId), procedure.draw().map(d -> d.ruleId()), "ZZ-6");
  }

  @Test
  void jdzLetsTheLeadingGroupApproveAnotherDuration() {
    InspectionProcedure.RoundMinimum minimum = procedure("jdz-2017").roundMinimum().orElseThrow();
    assertTrue(minimum.adjustable(), "JDZ-16 第二款");
    assertTrue(minimum.note().contains("市委巡察工作领导小组同意"), minimum.note());
    assertTrue(minimum.articleText().contains("原则上每次巡察时间不少于20个工作日"), minimum.articleText());
  }

  @Test
  void zzDrawsItsGroupsByLotFromAPool() {
    String text = procedure("zz-2017").draw().orElseThrow().articleText();
    for (String words : List.of("人选库", "一次一授权", "随机抽签")) {
      assertTrue(text.contains(words), "ZZ-6: " + words);
    }
  }

  @ParameterizedTest(name = "{0}: {1} avoids {2}")
  @CsvSource(delimiter = '|', value = {
    "jdz-2017 | JDZ-13 | TENURE REGION OFFICIAL",
    "zz-2017  | ZZ-16  | OFFICIAL TENURE REGION"})
  void eachMeasuresNameTheThreeAvoidancesWithoutAPeriod(String pack, String ruleId, String kinds) {
    List<Avoidance> avoidance = procedure(pack).avoidance();
    assertEquals(List.of(kinds.split(" ")), avoidance.stream().map(Avoidance::kind).toList());
    for (Avoidance each : avoidance) {
      assertEquals(ruleId, each.ruleId(), each.kind());
      assertNull(each.lookbackYears(), ruleId + " sets no period for " + each.kind());
    }
  }

  @ParameterizedTest(name = "{0}: {1}")
  @CsvSource(delimiter = '|', value = {
    "jdz-2017 | REGULAR=JDZ-16 SPECIAL=JDZ-18 LOOK_BACK=JDZ-18",
    "zz-2017  | REGULAR=ZZ-9 SPECIAL=ZZ-9"})
  void eachMeasuresNameTheirKindsOfRound(String pack, String types) {
    List<RoundType> roundTypes = procedure(pack).roundTypes();
    assertEquals(List.of(types.split(" ")), roundTypes.stream().map(t -> t.key() + "=" + t.ruleId()).toList());
  }

  @Test
  void xcAsksSixBodiesForInformationWithinFiveWorkingDays() {
    InformationRequests requests = coordination().informationRequests().orElseThrow();
    assertEquals("XC-3.2", requests.ruleId());
    assertEquals(new Period(5, Period.Unit.WORKING_DAYS), requests.period());
    assertEquals(6, requests.recipients().size());
  }

  @ParameterizedTest(name = "{0}: owner {1}, scope {2}")
  @CsvSource({"XC-3.2a, COMMITTEE, UNITS", "XC-3.2b, COMMISSION, CITY"})
  void eachLetterIsAnObligationOfItsRecipientDueAsTheSectionSays(String ruleId, String owner, String scope) {
    RulePack xc = pack("xc-coordination");
    cn.zeren.rules.ObligationRule rule = xc.obligations().stream()
        .filter(r -> r.ruleId().equals(ruleId)).findFirst().orElseThrow();
    assertEquals(owner, rule.owner().name());
    assertEquals(scope, rule.scope().name());
    assertEquals("INSPECTION_INFORMATION_REQUEST", rule.event());
    assertEquals(coordination().informationRequests().orElseThrow().period(),
        ((cn.zeren.rules.DueRule.AfterEvent) rule.due()).period(), "the letter's deadline is the section's period");
  }

  @ParameterizedTest(name = "XC-3.2: {0} provides {2}")
  @CsvSource(delimiter = '|', value = {
    "DISCIPLINE_COMMISSION   | 县纪委监委机关 | 被巡察单位政治生态状况、有关信访举报、领导干部有关问题线索和处置情况",
    "ORGANISATION_DEPARTMENT | 县委组织部     | 被巡察单位领导班子建设、年度考核结果、个人事项查核、选人用人等方面的情况及问题",
    "PROPAGANDA_DEPARTMENT   | 县委宣传部     | 意识形态领域、网络舆情、网络安全等方面的情况",
    "PETITIONS_BUREAU        | 县信访局       | 相关信访举报情况",
    "AUDIT_BUREAU            | 县审计局       | 近三年审计情况",
    "STATISTICS_BUREAU       | 县统计局       | 重要经济社会发展指标完成情况"})
  void eachBodyProvidesWhatTheOpinionsSay(String key, String title, String provides) {
    InformationRequests requests = coordination().informationRequests().orElseThrow();
    assertEquals(Optional.of(new Recipient(key, title, provides)), requests.recipient(key));
    assertTrue(requests.articleText().contains(title + "提供" + provides), "quoted from XC 三、2.");
  }

  @ParameterizedTest(name = "{0}: {1}")
  @CsvSource({
    "XC-5.2, 1M, jointProgressHearing",
    "XC-5.1, 3M, concentratedRectification",
    "XC-4.3, 3M, transferFeedback"})
  void xcsPeriodsAfterTheFeedbackAndTheTransfer(String ruleId, String period, String part) {
    Function<InspectionCoordination, Optional<TimedProvision>> of = switch (part) {
      case "jointProgressHearing" -> InspectionCoordination::jointProgressHearing;
      case "concentratedRectification" -> InspectionCoordination::concentratedRectification;
      default -> InspectionCoordination::transferFeedback;
    };
    TimedProvision provision = of.apply(coordination()).orElseThrow();
    assertEquals(ruleId, provision.ruleId());
    assertEquals(Period.parse(period), provision.period());
  }

  @Test
  void xcPutsTheDispatchedStaffInTheLeaderPoolAndHasTheLeaderAppraiseEachInspector() {
    InspectionCoordination coordination = coordination();
    assertEquals("XC-2.2", coordination.leaderPool().orElseThrow().ruleId());
    assertTrue(coordination.leaderPool().orElseThrow().dispatchedStaffEligible(), "派驻机构人员纳入巡察组长库");
    assertEquals("XC-2.3", coordination.appraisal().orElseThrow().ruleId());
    assertEquals("XC-3.5", coordination.immediateRectification().orElseThrow().ruleId());
  }

  @ParameterizedTest(name = "{0} + XC")
  @CsvSource({"jdz-2017", "zz-2017"})
  void xcComposesWithEitherMeasures(String measures) {
    Regulation regulation = SHIPPED.compose(Map.of("inspection", measures));
    assertEquals(List.of("yiwu-2015", measures, "xc-coordination"),
        regulation.packs().stream().map(RulePack::id).toList());
    assertEquals(procedure(measures), regulation.section(InspectionProcedure.class));
    assertEquals(measures, regulation.packOfSection(InspectionProcedure.class).orElseThrow().id());
    assertEquals(coordination(), regulation.section(InspectionCoordination.class));
    assertEquals("xc-coordination", regulation.packOfSection(InspectionCoordination.class).orElseThrow().id());
  }

  @Test
  void withoutAnyInspectionPackBothSectionsAreEmpty() {
    Regulation yiwu = Regulation.of(pack("yiwu-2015"));
    assertEquals(InspectionProcedure.NONE, yiwu.section(InspectionProcedure.class));
    assertEquals(InspectionCoordination.NONE, yiwu.section(InspectionCoordination.class));
  }

  @Test
  void aSecondPackOfCoordinationIsRefusedNamingBoth() {
    JsonObject part = document(XC).getJsonObject("inspectionCoordination");
    RulePack other = RulePackReader.read(otherPack("inspectionCoordination", part), "other.json", TestSections.ALL);
    RulePackException refused =
        assertThrows(RulePackException.class, () -> Regulation.of(List.of(pack("xc-coordination"), other)));
    assertEquals(List.of("模块“InspectionCoordination”由两个规则包定义：xc-coordination 1.0.0（" + XC
        + "） 和 other 1.0.0（other.json）"), refused.getProblems());
  }

  @Test
  void aPackOutsideTheGroupThatSetsTheProcedureStopsTheStartWithEitherMeasures() {
    JsonObject part = document("classpath:rules/zz-inspection.json").getJsonObject("inspection");
    List<RulePack> packs = new ArrayList<>(SHIPPED.packs());
    packs.add(RulePackReader.read(otherPack("inspection", part), "other.json", TestSections.ALL));
    RulePackException refused = assertThrows(RulePackException.class, () -> new PackSet(packs));
    for (String measures : List.of("jdz-2017 1.0.0（classpath:rules/jdz-inspection.json）",
        "zz-2017 1.0.0（classpath:rules/zz-inspection.json）")) {
      assertTrue(refused.getProblems().contains(
          "模块“InspectionProcedure”由两个规则包定义：" + measures + " 和 other 1.0.0（other.json）"),
          refused.getProblems().toString());
    }
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', value = {
    "a kind of avoidance twice (JDZ-13)     | jdz | replace | /inspection/avoidance/1/kind          | \"TENURE\" "
        + "| 巡察程序 inspection：回避种类代码“TENURE”重复",
    "a round type twice (JDZ-18)            | jdz | replace | /inspection/roundTypes/2/key          | \"SPECIAL\" "
        + "| 巡察程序 inspection：巡察方式代码“SPECIAL”重复",
    "an adjustable duration without note    | jdz | remove  | /inspection/roundMinimum/note         | "
        + "| 巡察程序 inspection：巡察时间 roundMinimum：可调整（adjustable）时须写明说明 note：由谁同意、如何调整",
    "a negative duration (JDZ-16)           | jdz | replace | /inspection/roundMinimum/workingDays  | -20 "
        + "| 巡察程序 inspection：巡察时间 roundMinimum：工作日数 workingDays 应为正整数",
    "an unknown kind of avoidance (ZZ-16)   | zz  | replace | /inspection/avoidance/0/kind          | \"FAMILY\" "
        + "| 巡察程序 inspection：第 1 个回避：回避种类“FAMILY”未知，可选：[TENURE, REGION, OFFICIAL]",
    "a lookback of zero years (ZZ-16)       | zz  | add     | /inspection/avoidance/0/lookbackYears | 0 "
        + "| 巡察程序 inspection：第 1 个回避：回溯年限 lookbackYears 应为正整数",
    "no round types                         | zz  | remove  | /inspection/roundTypes                | "
        + "| 巡察程序 inspection：缺少巡察方式 roundTypes（至少一项的列表）",
    "a malformed draw article id (ZZ-6)     | zz  | replace | /inspection/draw/ruleId               | \"ZZ 6\" "
        + "| 巡察程序 inspection：随机抽签 draw：条款编号“ZZ 6”格式不对，应如 YW-12.2",
    "a period in weeks (XC-3.2)             | xc  | replace | /inspectionCoordination/informationRequests/period "
        + "| \"1W\" | 巡察协作配合 inspectionCoordination：巡前沟通信息 informationRequests：期间 period“1W”写法不对，"
        + "应如 10WD（工作日）、30D（日）、2M（月）",
    "a recipient twice (XC-3.2)             | xc  | replace "
        + "| /inspectionCoordination/informationRequests/recipients/5/key | \"AUDIT_BUREAU\" "
        + "| 巡察协作配合 inspectionCoordination：巡前沟通信息 informationRequests：单位代码“AUDIT_BUREAU”重复",
    "a hearing without its period (XC-5.2)  | xc  | remove  | /inspectionCoordination/jointProgressHearing/period "
        + "| | 巡察协作配合 inspectionCoordination：共同听取整改进展 jointProgressHearing：缺少期间 period",
    "an empty section                       | xc  | replace | /inspectionCoordination               | {} "
        + "| 巡察协作配合 inspectionCoordination：至少写明一项：[leaderPool, appraisal, informationRequests, "
        + "immediateRectification, jointProgressHearing, concentratedRectification, transferFeedback]"
  })
  void theReaderNamesEachFaultInItsOwnWords(String fault, String pack, String op, String at, String value,
      String expected) {
    String file = "classpath:rules/" + pack + "-inspection.json";
    JsonPatchBuilder patch = Json.createPatchBuilder();
    switch (op) {
      case "remove" -> patch.remove(at);
      case "replace" -> patch.replace(at, parse(value));
      default -> patch.add(at, parse(value));
    }
    String json = patch.build().apply(document(file)).toString();
    RulePackException refused =
        assertThrows(RulePackException.class, () -> RulePackReader.read(json, file, TestSections.ALL), fault);
    assertTrue(refused.getProblems().contains(expected), fault + " → " + refused.getProblems());
  }

  @Test
  void theReaderKnowsExactlyTheKindsTheSchemaLists() {
    JsonObject inspection = Json.createReader(new StringReader(resource("rules/schema/inspection.schema.json")))
        .readObject().getJsonObject("properties").getJsonObject("inspection").getJsonObject("properties");
    assertEquals(InspectionProcedureSection.AVOIDANCE_KINDS, strings(inspection.getJsonObject("avoidance")
        .getJsonObject("items").getJsonObject("properties").getJsonObject("kind").getJsonArray("enum")));
    assertEquals(InspectionProcedureSection.ROUND_TYPES, strings(inspection.getJsonObject("roundTypes")
        .getJsonObject("items").getJsonObject("properties").getJsonObject("key").getJsonArray("enum")));
  }

  private static List<String> strings(List<JsonValue> values) {
    return values.stream().map(v -> ((JsonString) v).getString()).toList();
  }

  private static String otherPack(String key, JsonObject section) {
    return Json.createObjectBuilder().add("id", "other").add("version", "1.0.0").add("title", "other 办法")
        .add("obligations", Json.createArrayBuilder()).add(key, section).build().toString();
  }

  private static JsonValue parse(String value) {
    return Json.createReader(new StringReader(value)).readValue();
  }

  private static JsonObject document(String location) {
    return Json.createReader(new StringReader(resource(location.substring("classpath:".length())))).readObject();
  }

  private static String resource(String name) {
    try (InputStream in = InspectionRulesTest.class.getClassLoader().getResourceAsStream(name)) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
  }
}

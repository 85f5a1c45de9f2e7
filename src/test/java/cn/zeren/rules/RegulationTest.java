package cn.zeren.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.zeren.report.ReportTypes;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Issue 14 item 2: a locality's regulation is a set of packs, each with its own id, version and source, each rule
 * keeping its article id; two packs defining one rule id, one section or one pack id are refused naming both, and
 * of a variant group exactly one pack is in force.
 */
class RegulationTest {
  private static RulePack read(String json, String file) {
    return RulePackReader.read(json, file, TestSections.ALL);
  }

  private static String pack(String id, String variant, String extra, String... ruleIds) {
    StringBuilder rules = new StringBuilder();
    for (String ruleId : ruleIds) {
      rules.append(rules.length() == 0 ? "" : ",").append("{\"ruleId\": \"").append(ruleId)
          .append("\", \"article\": \"第一条\", \"articleText\": \"收到反馈意见后2个月内报送整改情况报告。\","
              + " \"title\": \"整改\", \"owner\": \"COMMITTEE\", \"scope\": \"UNITS\", \"frequency\": \"PER_EVENT\","
              + " \"event\": \"INSPECTION_FEEDBACK\", \"due\": {\"afterEvent\": \"2M\"}}");
    }
    return "{\"id\": \"" + id + "\", \"version\": \"1.0.0\", \"title\": \"" + id + " 办法\""
        + (variant == null ? "" : ", \"variant\": {\"group\": \"" + variant + "\", \"groupTitle\": \"巡察工作程序\"}")
        + extra + ", \"obligations\": [" + rules + "]}";
  }

  @Test
  void theShippedYiwuPackAndAnInspectionPackComposeEachRuleKeepingItsPack() {
    RulePack yw = RulePackReaderTest.shipped();
    RulePack jdz = read(pack("jdz-2017", "inspection", "", "JDZ-34a", "JDZ-34b"), "jdz.json");
    Regulation regulation = Regulation.of(List.of(yw, jdz));
    assertEquals(yw.obligations().size() + 2, regulation.obligations().size());
    assertEquals("jdz-2017", regulation.packOf("JDZ-34b").orElseThrow().id());
    assertEquals("yiwu-2015", regulation.packOf("YW-10.1").orElseThrow().id());
    assertEquals(List.of("JDZ-34a", "JDZ-34b"), regulation.rulesOf(jdz).stream().map(ObligationRule::ruleId).toList());
    assertEquals(yw.periodic(), regulation.periodic(), "per-event rules add no periodic deadline");
    assertEquals(yw.section(ReportTypes.class), regulation.section(ReportTypes.class), "YW's section, JDZ has none");
    assertEquals(yw, regulation.packOfSection(ReportTypes.class).orElseThrow());
    assertFalse(regulation.packOfSection(ReportTypes.class).orElseThrow() == jdz);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', value = {
    "the same rule id in two packs | YW-10.1 | 条款编号“YW-10.1”由两个规则包定义：yiwu-2015 1.0.0（yiwu-2015.json） 和 other 1.0.0（other.json）",
    "the same pack id twice        | X-1    | 规则包编号“yiwu-2015”重复"})
  void aConflictBetweenTwoPacksIsRefusedNamingBoth(String conflict, String ruleId, String expected) {
    String id = ruleId.equals("X-1") ? "yiwu-2015" : "other";
    RulePack other = read(pack(id, null, "", ruleId.equals("X-1") ? "XC-3.2" : ruleId), "other.json");
    RulePackException e =
        assertThrows(RulePackException.class, () -> Regulation.of(List.of(RulePackReaderTest.shipped(), other)));
    assertTrue(e.getProblems().stream().anyMatch(p -> p.startsWith(expected)), e.getProblems().toString());
  }

  @Test
  void theSameSectionInTwoPacksIsRefusedNamingBoth() {
    String reportTypes = ", \"reportTypes\": [], \"reportSigningRuleId\": \"XC-3.3\"";
    RulePack other = read(pack("other", null, reportTypes, "XC-3.2"), "other.json");
    RulePackException e =
        assertThrows(RulePackException.class, () -> Regulation.of(List.of(RulePackReaderTest.shipped(), other)));
    assertEquals(List.of("模块“ReportTypes”由两个规则包定义：yiwu-2015 1.0.0（yiwu-2015.json） 和 other 1.0.0（other.json）"),
        e.getProblems());
  }

  @Test
  void ofAVariantGroupTheChosenPackIsInForceAndTheFirstListedByDefault() {
    PackSet set = new PackSet(List.of(RulePackReaderTest.shipped(),
        read(pack("jdz-2017", "inspection", "", "JDZ-34a", "JDZ-34b"), "jdz.json"),
        read(pack("zz-2017", "inspection", "", "ZZ-11.7"), "zz.json")));
    assertEquals(List.of("inspection"), set.groupKeys());
    Regulation byDefault = set.compose(Map.of());
    assertTrue(byDefault.rule("JDZ-34a").isPresent());
    assertTrue(byDefault.rule("ZZ-11.7").isEmpty());
    Regulation zz = set.compose(Map.of("inspection", "zz-2017"));
    assertTrue(zz.rule("ZZ-11.7").isPresent());
    assertTrue(zz.rule("JDZ-34a").isEmpty());
    assertEquals("jdz-2017", set.chosen("inspection", Map.of("inspection", "withdrawn-pack")).id(),
        "a choice naming a pack no longer configured falls back to the first");
  }

  @Test
  void aConflictOnlyOneVariantHasStopsTheStartThoughThatVariantIsNotChosen() {
    RulePackException e = assertThrows(RulePackException.class, () -> new PackSet(List.of(
        RulePackReaderTest.shipped(),
        read(pack("jdz-2017", "inspection", "", "JDZ-34a"), "jdz.json"),
        read(pack("zz-2017", "inspection", "", "YW-10.1"), "zz.json"))));
    assertEquals(List.of("条款编号“YW-10.1”由两个规则包定义：yiwu-2015 1.0.0（yiwu-2015.json） 和 zz-2017 1.0.0（zz.json）"),
        e.getProblems());
  }

  @Test
  void theShippedPacksComposeWithEitherInspectionVariant() {
    PackSet shipped = ShippedPacks.packSet();
    assertEquals(List.of("jdz-2017", "zz-2017"), shipped.options("inspection").stream().map(RulePack::id).toList());
    for (RulePack option : shipped.options("inspection")) {
      Regulation regulation = shipped.compose(Map.of("inspection", option.id()));
      assertEquals(List.of("yiwu-2015", option.id(), "xc-coordination"),
          regulation.packs().stream().map(RulePack::id).toList(), "XC is no variant: it composes with either");
    }
  }

  @Test
  void aVariantWithoutGroupTitleIsRefused() {
    String json = pack("x", null, ", \"variant\": {\"group\": \"Inspection!\"}", "XC-3.2");
    RulePackException e = assertThrows(RulePackException.class, () -> read(json, "x.json"));
    List<String> schema = e.getProblems().stream().filter(p -> p.startsWith("x.json: /variant")).toList();
    assertEquals(2, schema.size(), "the schema sees the group's syntax and the missing title: " + e.getProblems());
    assertEquals(4, e.getProblems().size(), "and so does the reader: " + e.getProblems());
  }
}

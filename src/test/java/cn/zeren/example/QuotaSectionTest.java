package cn.zeren.example;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.zeren.report.ReportTypes;
import cn.zeren.rules.RulePack;
import cn.zeren.rules.RulePackException;
import cn.zeren.rules.RulePackReader;
import cn.zeren.rules.RuleSection;
import cn.zeren.rules.TestSections;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Issue 14: a context adds its own section of the rule pack without a change in {@code cn.zeren.rules} — the
 * test-only {@link QuotaSection} is read, validated and looked up by type; a key nobody reads, two sections of one
 * key and a section whose requirement is missing are refused.
 */
class QuotaSectionTest {

  @Test
  void aNewContextsSectionIsReadValidatedAndFoundByItsType() {
    RulePack pack = read(withQuotas("{\"code\":\"EXCELLENT\",\"ruleId\":\"XX-69\",\"percent\":30}"), withQuotaSection());
    QuotaSection.Quotas quotas = pack.section(QuotaSection.Quotas.class);
    assertEquals(List.of(new QuotaSection.Quota("EXCELLENT", "XX-69", BigDecimal.valueOf(30))), quotas.all());
    assertEquals("YW-10.1", pack.section(ReportTypes.class).type("ANNUAL_MAIN").orElseThrow().ruleId(),
        "the other sections are read as before");
  }

  @Test
  void itsFaultsAreReportedWithTheOthersWithTheirPlace() {
    RulePackException refused = assertThrows(RulePackException.class,
        () -> read(withQuotas("{\"code\":\"EXCELLENT\",\"ruleId\":\"XX-69\",\"percent\":130}"), withQuotaSection()));
    assertEquals(
        List.of("test: /exampleQuotas/0/percent: 最大值必须为 100", "第 1 个示例配额（EXCELLENT）：比例 percent 应在 0 到 100 之间"),
        refused.getProblems(), "its schema and its reader both refuse the quota over 100%");
  }

  @Test
  void aKeyThatNoDeployedSectionReadsIsRefused() {
    RulePackException refused = assertThrows(RulePackException.class,
        () -> read(withQuotas("{\"code\":\"EXCELLENT\",\"ruleId\":\"XX-69\",\"percent\":30}"), TestSections.ALL));
    assertEquals(List.of("规则包：没有哪个模块读取顶层键“exampleQuotas”（拼写错误，或该模块未部署）"), refused.getProblems());
  }

  @Test
  void twoSectionsOfOneKeyOrAMissingRequirementStopTheStart() {
    List<RuleSection<?>> twice = new ArrayList<>(withQuotaSection());
    twice.add(new QuotaSection() {
      @Override
      public Class<Quotas> type() {
        return Quotas.class;
      }
    });
    IllegalStateException doubled =
        assertThrows(IllegalStateException.class, () -> read(shipped(), twice));
    assertTrue(doubled.getMessage().contains(QuotaSection.Quotas.class.getName()), doubled.getMessage());

    List<RuleSection<?>> withoutReports =
        TestSections.ALL.stream().filter(s -> s.type() != ReportTypes.class).toList();
    IllegalStateException missing =
        assertThrows(IllegalStateException.class, () -> read(shipped(), withoutReports));
    assertTrue(missing.getMessage().contains(ReportTypes.class.getName()), "the ledger needs the report types: "
        + missing.getMessage());
  }

  private static List<RuleSection<?>> withQuotaSection() {
    List<RuleSection<?>> sections = new ArrayList<>(TestSections.ALL);
    sections.add(new QuotaSection());
    return sections;
  }

  private static RulePack read(String json, List<RuleSection<?>> sections) {
    return RulePackReader.read(json, "test", sections);
  }

  private static String withQuotas(String quota) {
    JsonObject shipped = Json.createReader(new StringReader(shipped())).readObject();
    return Json.createObjectBuilder(shipped)
        .add("exampleQuotas", Json.createReader(new StringReader("[" + quota + "]")).readArray())
        .build().toString();
  }

  private static String shipped() {
    try (InputStream in = QuotaSectionTest.class.getResourceAsStream("/rules/yiwu-2015.json")) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
  }
}

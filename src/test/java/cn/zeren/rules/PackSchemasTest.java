package cn.zeren.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.zeren.example.QuotaSection;
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
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Issue 14, item 3: every pack is checked against the schema of the pack and of each deployed section before it is
 * read; each violation names the file, the place in the document (a JSON Pointer) and the reason, and a pack with
 * any is refused, so the portal does not start.
 */
class PackSchemasTest {
  private static final String FILE = "yiwu-broken.json";

  @ParameterizedTest(name = "{0}")
  @CsvSource({"classpath:rules/yiwu-2015.json", "classpath:rules/jdz-inspection.json",
      "classpath:rules/zz-inspection.json", "classpath:rules/xc-inspection.json"})
  void everyShippedPackHasTheShapeItsSchemasDescribe(String location) {
    assertTrue(List.of(RulePackRegistry.SHIPPED.split(",")).contains(location), "shipped: " + location);
    assertEquals(List.of(), PackSchemas.violations(RulePackRegistry.read(location), location, withQuotaSection()));
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', value = {
    "issue 14: a missing article id (YW-6.1)         | remove  | /obligations/0/ruleId        |        "
        + "| /obligations/0              | “ruleId”",
    "issue 14: a negative period (YW-6.12)           | replace | /obligations/3/due/afterEvent | \"-1M\" "
        + "| /obligations/3/due/afterEvent | 不匹配",
    "issue 14: an unknown frequency (YW-6.1)         | replace | /obligations/0/frequency     | \"WEEKLY\" "
        + "| /obligations/0/frequency    | 枚举",
    "issue 14: a quota over 100%                     | add     | /exampleQuotas               "
        + "| [{\"code\": \"EXCELLENT\", \"ruleId\": \"XX-69\", \"percent\": 130}] "
        + "| /exampleQuotas/0/percent    | 最大值必须为 100",
    "a period of zero (YW-6.12)                      | replace | /obligations/3/due/repeatEvery | \"0M\" "
        + "| /obligations/3/due/repeatEvery | 不匹配",
    "a fixed day for a quarterly duty (YW-6.2b)      | add     | /obligations/2/due/fixed     | \"--03-31\" "
        + "| /obligations/2/due/fixed    | 为 false",
    "a minimum count of zero (YW-6.1)                | replace | /obligations/0/minimumCount  | 0 "
        + "| /obligations/0/minimumCount | 最小值必须为 1",
    "a typo in an obligation's key (YW-6.1)          | add     | /obligations/0/frequncy      | \"YEARLY\" "
        + "| /obligations/0              | “frequncy”",
    "a typo in a section's key (ANNUAL_MAIN)         | add     | /reportTypes/0/titel         | \"t\" "
        + "| /reportTypes/0              | “titel”",
    "a section's missing article id (EARLY_SIGN)     | remove  | /interviewTypes/0/ruleId     |        "
        + "| /interviewTypes/0           | “ruleId”",
    "a section's malformed article id (YW-13.2)      | replace | /assessment/ruleId           | \"YW 13.2\" "
        + "| /assessment/ruleId          | 不匹配",
    "a late factor over 1 (YW-13.2)                  | replace | /assessment/indicators/0/parameters/lateFactor "
        + "| 1.5 | /assessment/indicators/0/parameters/lateFactor | 最大值必须为 1"
  })
  void aFaultIsRefusedWithTheFileThePathAndTheReason(
      String fault, String op, String at, String value, String path, String reason) {
    String json = patched(op, at, value);
    RulePackException refused =
        assertThrows(RulePackException.class, () -> RulePackReader.read(json, FILE, withQuotaSection()), fault);
    String prefix = FILE + ": " + path + ": ";
    assertTrue(
        refused.getProblems().stream().anyMatch(p -> p.startsWith(prefix) && p.substring(prefix.length())
            .contains(reason)), fault + " → " + refused.getProblems());
    assertTrue(refused.getMessage().contains(prefix), "the start-up log names it: " + refused.getMessage());
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', value = {
    "issue 15: a missing article id (JDZ-16)           | jdz | remove  | /inspection/roundMinimum/ruleId |  "
        + "| /inspection/roundMinimum | “ruleId”",
    "issue 15: a negative duration (JDZ-16)            | jdz | replace | /inspection/roundMinimum/workingDays | -20 "
        + "| /inspection/roundMinimum/workingDays | 最小值必须为 1",
    "issue 15: an adjustable duration without its note | jdz | remove  | /inspection/roundMinimum/note |  "
        + "| /inspection/roundMinimum | “note”",
    "issue 15: no term coverage (JDZ-16)               | jdz | replace | /inspection/coverage/timesPerTerm | 0 "
        + "| /inspection/coverage/timesPerTerm | 最小值必须为 1",
    "issue 15: a negative lookback (JDZ-13)            | jdz | add     | /inspection/avoidance/0/lookbackYears | -3 "
        + "| /inspection/avoidance/0/lookbackYears | 最小值必须为 1",
    "issue 15: an unknown kind of avoidance (ZZ-16)    | zz  | replace | /inspection/avoidance/0/kind | \"FAMILY\" "
        + "| /inspection/avoidance/0/kind | 枚举",
    "issue 15: an unknown kind of round (ZZ-9)         | zz  | replace | /inspection/roundTypes/0/key | \"ROUTINE\" "
        + "| /inspection/roundTypes/0/key | 枚举",
    "issue 15: a draw without its article text (ZZ-6)  | zz  | remove  | /inspection/draw/articleText |  "
        + "| /inspection/draw | “articleText”",
    "issue 15: a bad period (XC-3.2)                   | xc  | replace "
        + "| /inspectionCoordination/informationRequests/period | \"5个工作日\" "
        + "| /inspectionCoordination/informationRequests/period | 不匹配",
    "issue 15: a negative period (XC-4.3)              | xc  | replace "
        + "| /inspectionCoordination/transferFeedback/period | \"-3M\" "
        + "| /inspectionCoordination/transferFeedback/period | 不匹配",
    "issue 15: a missing article id (XC-5.2)           | xc  | remove  "
        + "| /inspectionCoordination/jointProgressHearing/ruleId |  "
        + "| /inspectionCoordination/jointProgressHearing | “ruleId”",
    "issue 15: a recipient without what it provides    | xc  | remove  "
        + "| /inspectionCoordination/informationRequests/recipients/4/provides |  "
        + "| /inspectionCoordination/informationRequests/recipients/4 | “provides”",
    "issue 15: a typo in a coordination key            | xc  | add     | /inspectionCoordination/leaderPol | {} "
        + "| /inspectionCoordination | “leaderPol”"
  })
  void anInspectionFaultIsRefusedWithTheFileThePathAndTheReason(
      String fault, String pack, String op, String at, String value, String path, String reason) {
    String file = "classpath:rules/" + pack + "-inspection.json";
    String json = patched(parsed(RulePackRegistry.read(file)), op, at, value);
    RulePackException refused =
        assertThrows(RulePackException.class, () -> RulePackReader.read(json, file, TestSections.ALL), fault);
    String prefix = file + ": " + path + ": ";
    assertTrue(
        refused.getProblems().stream().anyMatch(p -> p.startsWith(prefix) && p.substring(prefix.length())
            .contains(reason)), fault + " → " + refused.getProblems());
    assertTrue(refused.getMessage().contains(prefix), "the start-up log names it: " + refused.getMessage());
  }

  @Test
  void everyViolationIsReportedNotOnlyTheFirst() {
    JsonPatchBuilder patch = Json.createPatchBuilder()
        .remove("/obligations/0/ruleId")
        .replace("/obligations/3/due/afterEvent", "-1M")
        .replace("/obligations/5/frequency", "WEEKLY")
        .add("/reportTypes/0/titel", "t");
    String json = patch.build().apply(document()).toString();
    List<String> violations = PackSchemas.violations(json, FILE, TestSections.ALL);
    for (String path : List.of("/obligations/0: ", "/obligations/3/due/afterEvent: ", "/obligations/5/frequency: ",
        "/reportTypes/0: ")) {
      assertTrue(violations.stream().anyMatch(v -> v.startsWith(FILE + ": " + path)), path + " in " + violations);
    }
  }

  @Test
  void aSectionWithoutItsSchemaFileStopsTheStart() {
    List<RuleSection<?>> sections = new ArrayList<>(TestSections.ALL);
    sections.add(new QuotaSection() {
      @Override
      public List<String> keys() {
        return List.of("exampleLimits");
      }
    });
    IllegalStateException refused =
        assertThrows(IllegalStateException.class, () -> RulePackReader.read(shipped(), FILE, sections));
    assertTrue(refused.getMessage().contains("rules/schema/exampleLimits.schema.json"), refused.getMessage());
    assertTrue(refused.getMessage().contains(PackSchemasTest.class.getName()), "names the section's class: "
        + refused.getMessage());
  }

  @Test
  void aSectionNamesItsSchemaByItsFirstKeyUnlessItSaysOtherwise() {
    assertEquals("rules/schema/exampleQuotas.schema.json", new QuotaSection().schema());
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource({"owner", "scope", "frequency"})
  void theSharedSchemaListsExactlyTheValuesOfTheJavaEnums(String key) {
    List<String> java = Arrays.stream(switch (key) {
      case "owner" -> Owner.values();
      case "scope" -> Scope.values();
      default -> Frequency.values();
    }).map(Enum::name).toList();
    List<String> schema = shared().getJsonObject("$defs").getJsonObject("obligation").getJsonObject("properties")
        .getJsonObject(key).getJsonArray("enum").getValuesAs(JsonString.class).stream()
        .map(JsonString::getString).toList();
    assertEquals(java, schema, key);
  }

  @Test
  void theOwnersSchemaNamesEveryOwner() {
    JsonObject owners = Json.createReader(new StringReader(resource("/rules/schema/owners.schema.json"))).readObject()
        .getJsonObject("properties").getJsonObject("owners");
    List<String> java = Arrays.stream(Owner.values()).map(Enum::name).toList();
    assertEquals(java, List.copyOf(owners.getJsonObject("properties").keySet()));
    assertEquals(java, owners.getJsonArray("required").getValuesAs(JsonString.class).stream()
        .map(JsonString::getString).toList());
  }

  @Test
  void theSharedSchemaWritesArticleIdsAsTheReaderDoes() {
    String pattern = shared().getJsonObject("$defs").getJsonObject("ruleId").getString("pattern");
    assertEquals("^" + PackReading.RULE_ID.pattern() + "$", pattern);
  }

  private static String patched(String op, String at, String value) {
    return patched(document(), op, at, value);
  }

  private static String patched(JsonObject document, String op, String at, String value) {
    JsonPatchBuilder patch = Json.createPatchBuilder();
    switch (op) {
      case "remove" -> patch.remove(at);
      case "replace" -> patch.replace(at, parse(value));
      default -> patch.add(at, parse(value));
    }
    return patch.build().apply(document).toString();
  }

  private static JsonValue parse(String value) {
    return Json.createReader(new StringReader(value)).readValue();
  }

  private static JsonObject document() {
    return parsed(shipped());
  }

  private static JsonObject parsed(String json) {
    return Json.createReader(new StringReader(json)).readObject();
  }

  private static JsonObject shared() {
    return Json.createReader(new StringReader(resource("/" + PackSchemas.SHARED))).readObject();
  }

  private static List<RuleSection<?>> withQuotaSection() {
    List<RuleSection<?>> sections = new ArrayList<>(TestSections.ALL);
    sections.add(new QuotaSection());
    return sections;
  }

  private static String shipped() {
    return resource("/rules/yiwu-2015.json");
  }

  private static String resource(String name) {
    try (InputStream in = PackSchemasTest.class.getResourceAsStream(name)) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
  }
}

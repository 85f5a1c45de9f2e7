package cn.zeren.inspection.draw;

import static cn.zeren.inspection.draw.Fixtures.DRAW_DATE;
import static cn.zeren.inspection.draw.Fixtures.EXAMPLE_SEED;
import static cn.zeren.inspection.draw.Fixtures.EXAMPLE_WITNESS;
import static cn.zeren.inspection.draw.Fixtures.group;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.stream.JsonGenerator;
import java.io.StringReader;
import java.io.StringWriter;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The record of a draw (ZZ-6): the canonical input whose digest is committed, and the outcome. */
class DrawJsonTest {
  @Test
  void theCanonicalFormSortsKeysWritesEveryKeyAndNoWhiteSpace() {
    DrawInput tiny = new DrawInput(DRAW_DATE, List.of(new AvoidanceRule("ZZ-16", AvoidanceKind.TENURE, 5)),
        List.of(group("G1", "第一巡察组", 200L)), List.of(new DrawTarget(200, "市住建局", null, Set.of(201L))),
        List.of(new Candidate(7, "张\"三\"", List.of(new Tenure(201, "质监站", "站长", LocalDate.of(2020, 5, 1), null)),
            null, List.of(), List.of(new Declaration(201, "质监站", "配偶", null)))),
        List.of(), 0, false);
    assertEquals("{\"assignTargets\":false,\"drawDate\":\"2025-03-03\",\"format\":\"zeren-draw/1\","
        + "\"groups\":[{\"key\":\"G1\",\"name\":\"第一巡察组\",\"targetIds\":[200]}],"
        + "\"leaders\":[{\"declarations\":[{\"detail\":\"\",\"organisationId\":201,\"organisationName\":\"质监站\","
        + "\"relation\":\"配偶\"}],\"name\":\"张\\\"三\\\"\",\"nativePlace\":null,\"personId\":7,\"placesWorked\":[],"
        + "\"posts\":[{\"from\":\"2020-05-01\",\"organisationId\":201,\"organisationName\":\"质监站\",\"title\":\"站长\","
        + "\"to\":null}]}],\"members\":[],\"membersPerGroup\":0,"
        + "\"rules\":[{\"kind\":\"TENURE\",\"lookbackYears\":5,\"ruleId\":\"ZZ-16\"}],"
        + "\"targets\":[{\"name\":\"市住建局\",\"organisationId\":200,\"place\":null,\"subtreeIds\":[200,201]}]}",
        DrawJson.canonical(tiny));
  }

  @Test
  void theCanonicalInputRoundTripsWithTheSameDigestZz6() {
    DrawInput example = Fixtures.example();
    String json = DrawJson.canonical(example);
    DrawInput read = DrawJson.readInput(json);
    assertEquals(example, read);
    assertEquals(json, DrawJson.canonical(read));
    assertEquals(DrawJson.digest(json), DrawJson.digest(DrawJson.canonical(read)));
  }

  @Test
  void anEquivalentJsonTextReadsToTheSameInputAndCanonicalForm() {
    String json = DrawJson.canonical(Fixtures.example());
    StringWriter pretty = new StringWriter();
    JsonObject object = Json.createReader(new StringReader(json)).readObject();
    try (var writer = Json.createWriterFactory(Map.of(JsonGenerator.PRETTY_PRINTING, true)).createWriter(pretty)) {
      writer.writeObject(object);
    }
    assertTrue(pretty.toString().contains("\n"));
    assertEquals(json, DrawJson.canonical(DrawJson.readInput(pretty.toString())));
  }

  @Test
  void theOutcomeRoundTrips() {
    DrawOutcome outcome = Draw.run(Fixtures.example(), Lottery.finalSeed(EXAMPLE_SEED, EXAMPLE_WITNESS));
    String json = DrawJson.outcome(outcome);
    assertEquals(outcome, DrawJson.readOutcome(json));
    assertEquals(json, DrawJson.outcome(DrawJson.readOutcome(json)));
    DrawOutcome unfinished = new DrawOutcome(
        List.of(new GroupResult("G2", "第二巡察组", List.of(200L), null, List.of())),
        List.of(),
        List.of("第二巡察组：组长库中没有无需回避的人选"));
    assertEquals(unfinished, DrawJson.readOutcome(DrawJson.outcome(unfinished)));
  }

  @Test
  void theDigestIsSha256OfTheUtf8Bytes() {
    // FIPS 180-2, appendix B.1
    assertEquals("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad", DrawJson.digest("abc"));
    assertEquals(Lottery.sha256Hex("青山镇"), DrawJson.digest("青山镇"));
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', textBlock = """
      not JSON     | {"assignTargets":tru    |                         | not one JSON object
      not object   | []                      |                         | not one JSON object
      missing key  | "membersPerGroup":1,    |                         | input: missing key "membersPerGroup"
      unknown key  | "drawDate"              | "x":1,"drawDate"        | input: unknown keys [x]
      other format | "format":"zeren-draw/1" | "format":"zeren-draw/2" | input.format: expected "zeren-draw/1"
      wrong type   | "membersPerGroup":1     | "membersPerGroup":"1"   | input.membersPerGroup: expected a number
      fraction     | "personId":12,          | "personId":12.5,        | input.members[2].personId: expected a whole
      bad date     | "drawDate":"2025-03-03" | "drawDate":"2025-02-30" | input.drawDate: expected a date like 2025-03-01
      bad kind     | "kind":"OFFICIAL"       | "kind":"回避"             | input.rules[0].kind: expected TENURE, REGION or
      null list    | "placesWorked":[]       | "placesWorked":null     | input.leaders[0].placesWorked: expected a list
      inconsistent | "membersPerGroup":1     | "membersPerGroup":-1    | membersPerGroup must not be negative
      """)
  void aMalformedInputRecordIsRefusedNamingThePlace(String fault, String find, String replace, String message) {
    String json = DrawJson.canonical(Fixtures.example());
    String bad = find.startsWith("{") || find.startsWith("[")
        ? find
        : json.replaceFirst(Pattern.quote(find), replace == null ? "" : Matcher.quoteReplacement(replace));
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> DrawJson.readInput(bad));
    assertTrue(e.getMessage().contains(message), e.getMessage());
  }

  @Test
  void aMalformedOutcomeRecordIsRefused() {
    assertThrows(IllegalArgumentException.class, () -> DrawJson.readOutcome("{\"groups\":[],\"problems\":[]}"));
    assertThrows(IllegalArgumentException.class, () -> DrawJson.readOutcome(null));
    assertThrows(IllegalArgumentException.class, () -> DrawJson.canonical(null));
  }
}

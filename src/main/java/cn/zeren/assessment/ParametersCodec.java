package cn.zeren.assessment;

import cn.zeren.accountability.AccountabilityCatalogue.Severity;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonString;
import java.io.StringReader;
import java.math.BigDecimal;
import java.util.EnumMap;
import java.util.Map;

/** An indicator's scoring parameters as the JSON kept with the year's set, so a later pack never changes them. */
final class ParametersCodec {
  private ParametersCodec() {}

  static String write(ScoringParameters p) {
    JsonObjectBuilder o = Json.createObjectBuilder();
    JsonArrayBuilder rules = Json.createArrayBuilder();
    p.obligationRuleIds().forEach(rules::add);
    o.add("obligationRuleIds", rules);
    if (p.lateFactor() != null) {
      o.add("lateFactor", p.lateFactor());
    }
    if (p.perReturn() != null) {
      o.add("perReturn", p.perReturn());
    }
    JsonObjectBuilder d = Json.createObjectBuilder();
    p.severityDeductions().forEach((k, v) -> d.add(k.name(), v));
    o.add("severityDeductions", d);
    if (p.meetingCode() != null) {
      o.add("meetingCode", p.meetingCode());
    }
    return o.build().toString();
  }

  static ScoringParameters read(String json) {
    JsonObject o = Json.createReader(new StringReader(json)).readObject();
    Map<Severity, BigDecimal> deductions = new EnumMap<>(Severity.class);
    o.getJsonObject("severityDeductions")
        .forEach((k, v) -> deductions.put(Severity.valueOf(k), ((JsonNumber) v).bigDecimalValue()));
    return new ScoringParameters(
        o.getJsonArray("obligationRuleIds").getValuesAs(JsonString.class).stream().map(JsonString::getString)
            .toList(),
        o.containsKey("lateFactor") ? o.getJsonNumber("lateFactor").bigDecimalValue() : null,
        o.containsKey("perReturn") ? o.getJsonNumber("perReturn").bigDecimalValue() : null,
        deductions,
        o.containsKey("meetingCode") ? o.getString("meetingCode") : null);
  }
}

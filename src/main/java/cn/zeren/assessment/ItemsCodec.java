package cn.zeren.assessment;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import java.io.StringReader;
import java.util.List;

/** The items of a unit's breakdown as the JSON kept in its stored result, so publication freezes them as computed. */
final class ItemsCodec {
  private ItemsCodec() {}

  static String write(List<ScoreItem> items) {
    JsonArrayBuilder a = Json.createArrayBuilder();
    for (ScoreItem i : items) {
      JsonObjectBuilder o = Json.createObjectBuilder()
          .add("indicatorCode", i.indicatorCode())
          .add("indicatorName", i.indicatorName())
          .add("ruleId", i.ruleId())
          .add("points", i.points())
          .add("lost", i.lost())
          .add("reason", i.reason());
      if (i.evidence() != null) {
        JsonObjectBuilder e = Json.createObjectBuilder().add("type", i.evidence().type()).add("ref", i.evidence().ref());
        if (i.evidence().link() != null) {
          e.add("link", i.evidence().link());
        }
        o.add("evidence", e);
      }
      a.add(o);
    }
    return a.build().toString();
  }

  static List<ScoreItem> read(String json) {
    return Json.createReader(new StringReader(json)).readArray().getValuesAs(JsonObject.class).stream()
        .map(o -> new ScoreItem(o.getString("indicatorCode"), o.getString("indicatorName"), o.getString("ruleId"),
            o.getJsonNumber("points").bigDecimalValue().setScale(Scorer.SCALE),
            o.getJsonNumber("lost").bigDecimalValue().setScale(Scorer.SCALE), o.getString("reason"),
            o.containsKey("evidence") ? evidence(o.getJsonObject("evidence")) : null))
        .toList();
  }

  private static Evidence evidence(JsonObject e) {
    return new Evidence(e.getString("type"), e.getString("ref"), e.getString("link", null));
  }
}

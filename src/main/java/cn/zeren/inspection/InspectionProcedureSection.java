package cn.zeren.inspection;

import cn.zeren.inspection.InspectionProcedure.Avoidance;
import cn.zeren.inspection.InspectionProcedure.Coverage;
import cn.zeren.inspection.InspectionProcedure.Draw;
import cn.zeren.inspection.InspectionProcedure.RoundMinimum;
import cn.zeren.inspection.InspectionProcedure.RoundType;
import cn.zeren.rules.PackReading;
import cn.zeren.rules.RuleSection;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Reads {@code inspection} (巡察工作程序) into {@link InspectionProcedure}: the optional {@code roundMinimum}
 * (working days, whether another duration may be approved and then a {@code note}), {@code coverage} (times per
 * term) and {@code draw}, each citing its article with its text; the {@code avoidance} kinds (one entry per kind,
 * {@code lookbackYears} only where the regulation sets a period) and the {@code roundTypes} (one per key). Every
 * article id is an article's, not an obligation's: these rules oblige nothing the obligation engine schedules.
 */
@ApplicationScoped
public class InspectionProcedureSection implements RuleSection<InspectionProcedure> {
  /** The kinds of avoidance, as the schema's enum lists them. */
  static final List<String> AVOIDANCE_KINDS = List.of("TENURE", "REGION", "OFFICIAL");
  /** The kinds of round, as the schema's enum lists them. */
  static final List<String> ROUND_TYPES = List.of("REGULAR", "SPECIAL", "LOOK_BACK");

  private static final String KEY = "inspection";
  private static final String AT = "巡察程序 inspection";

  @Override
  public Class<InspectionProcedure> type() {
    return InspectionProcedure.class;
  }

  @Override
  public List<String> keys() {
    return List.of(KEY);
  }

  @Override
  public InspectionProcedure read(PackReading reading) {
    if (!reading.root().containsKey(KEY)) {
      return InspectionProcedure.NONE;
    }
    if (!(reading.root().get(KEY) instanceof JsonObject section)) {
      reading.problem(AT + "：应为对象");
      return InspectionProcedure.NONE;
    }
    Optional<RoundMinimum> minimum =
        part(section, AT, "roundMinimum", "巡察时间", reading, InspectionProcedureSection::roundMinimum);
    Optional<Coverage> coverage = part(section, AT, "coverage", "巡察覆盖", reading, InspectionProcedureSection::coverage);
    Optional<Draw> draw = part(section, AT, "draw", "随机抽签", reading, (o, at, r) ->
        new Draw(r.articleId(o, at), article(r, o, at), articleText(r, o, at)));
    List<Avoidance> avoidance = list(section, "avoidance", "回避", reading, InspectionProcedureSection::avoidance);
    reading.unique(avoidance.stream().map(Avoidance::kind).toList(), AT + "：回避种类");
    List<RoundType> roundTypes = list(section, "roundTypes", "巡察方式", reading, InspectionProcedureSection::roundType);
    reading.unique(roundTypes.stream().map(RoundType::key).toList(), AT + "：巡察方式");
    return new InspectionProcedure(minimum, coverage, avoidance, draw, roundTypes);
  }

  private static RoundMinimum roundMinimum(JsonObject o, String at, PackReading reading) {
    boolean adjustable = o.getBoolean("adjustable", false);
    String note = PackReading.optionalText(o, "note");
    if (adjustable && note == null) {
      reading.problem(at + "可调整（adjustable）时须写明说明 note：由谁同意、如何调整");
    }
    return new RoundMinimum(reading.articleId(o, at), article(reading, o, at), articleText(reading, o, at),
        positive(reading, o, "workingDays", at, "工作日数"), adjustable, note);
  }

  private static Coverage coverage(JsonObject o, String at, PackReading reading) {
    return new Coverage(reading.articleId(o, at), article(reading, o, at), articleText(reading, o, at),
        positive(reading, o, "timesPerTerm", at, "每届任期内次数"));
  }

  private static Avoidance avoidance(JsonObject o, String at, PackReading reading) {
    String kind = oneOf(reading, o, "kind", AVOIDANCE_KINDS, at, "回避种类");
    Integer lookback = o.containsKey("lookbackYears") ? positive(reading, o, "lookbackYears", at, "回溯年限") : null;
    return new Avoidance(reading.articleId(o, at), article(reading, o, at), kind, lookback);
  }

  private static RoundType roundType(JsonObject o, String at, PackReading reading) {
    String key = oneOf(reading, o, "key", ROUND_TYPES, at, "巡察方式");
    return new RoundType(key, reading.required(o, "title", at, "名称 title"), reading.articleId(o, at),
        article(reading, o, at));
  }

  /** An optional object of a section ({@code where} names the section in messages); empty when absent or faulty. */
  static <T> Optional<T> part(
      JsonObject section, String where, String key, String label, PackReading reading, Part<T> read) {
    if (!section.containsKey(key)) {
      return Optional.empty();
    }
    String at = where + "：" + label + " " + key + "：";
    if (!(section.get(key) instanceof JsonObject o)) {
      reading.problem(at + "应为对象");
      return Optional.empty();
    }
    int before = reading.faults();
    T value = read.apply(o, at, reading);
    return reading.faults() > before ? Optional.empty() : Optional.of(value);
  }

  /** A required, non-empty list of objects of the section; the faulty ones are left out. */
  private static <T> List<T> list(JsonObject section, String key, String label, PackReading reading, Part<T> read) {
    List<T> items = new ArrayList<>();
    JsonValue value = section.get(key);
    if (value == null || PackReading.asArray(value) == null || value.asJsonArray().isEmpty()) {
      reading.problem(AT + "：缺少" + label + " " + key + "（至少一项的列表）");
      return items;
    }
    for (int i = 0; i < value.asJsonArray().size(); i++) {
      String at = AT + "：第 " + (i + 1) + " 个" + label + "：";
      if (!(value.asJsonArray().get(i) instanceof JsonObject o)) {
        reading.problem(at + "应为对象");
        continue;
      }
      int before = reading.faults();
      T item = read.apply(o, at, reading);
      if (reading.faults() == before) {
        items.add(item);
      }
    }
    return items;
  }

  private static String oneOf(
      PackReading reading, JsonObject o, String key, List<String> values, String at, String label) {
    String value = reading.required(o, key, at, label + " " + key);
    if (value != null && !values.contains(value)) {
      reading.problem(at + label + "“" + value + "”未知，可选：" + values);
    }
    return value;
  }

  private static int positive(PackReading reading, JsonObject o, String key, String at, String label) {
    if (!(o.get(key) instanceof JsonNumber n) || !n.isIntegral() || n.intValue() < 1) {
      reading.problem(at + label + " " + key + " 应为正整数");
      return 0;
    }
    return n.intValue();
  }

  static String article(PackReading reading, JsonObject o, String at) {
    return reading.required(o, "article", at, "条款出处 article");
  }

  static String articleText(PackReading reading, JsonObject o, String at) {
    return reading.required(o, "articleText", at, "条款原文 articleText");
  }

  /** Reads one object of the section at its place. */
  @FunctionalInterface
  interface Part<T> {
    T apply(JsonObject o, String at, PackReading reading);
  }
}

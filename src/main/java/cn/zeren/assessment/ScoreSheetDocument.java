package cn.zeren.assessment;

import cn.zeren.platform.i18n.Texts;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * The score sheet of one unit (年度落实“两个责任”量化考核得分表) as its exports lay it out: one row per indicator
 * (maximum, points, what lost points), then every item with its reason and evidence.
 */
record ScoreSheetDocument(UnitResult result, List<IndicatorTemplate> indicators, LocalDate printedOn) {

  String title() {
    return Texts.zh("assessment.sheet.title", String.valueOf(result.year()));
  }

  /** The indicator table: 指标, 分值, 得分, 扣分说明. */
  List<List<String>> indicatorRows() {
    return indicators.stream().map(i -> {
      List<ScoreItem> items = result.items().stream().filter(x -> x.indicatorCode().equals(i.code())).toList();
      BigDecimal points = items.stream().map(ScoreItem::points).reduce(BigDecimal.ZERO.setScale(2), BigDecimal::add);
      String lost = String.join("；", items.stream()
          .filter(x -> x.lost().signum() > 0 || x.points().signum() < 0).map(ScoreItem::reason).toList());
      return List.of(i.name(), i.maxPoints().stripTrailingZeros().toPlainString(), points.toPlainString(), lost);
    }).toList();
  }

  /** The detail: 指标, 条款, 得分, 失分, 理由, 证据. */
  List<List<String>> itemRows() {
    return result.items().stream().map(i -> List.of(i.indicatorName(), i.ruleId(), i.points().toPlainString(),
        i.lost().toPlainString(), i.reason(), i.hasEvidence() ? i.evidence().entityRef() : "")).toList();
  }

  String unitLine() {
    return Texts.zh("assessment.sheet.unit", result.organisationName(), String.valueOf(result.year()));
  }

  String totalLine() {
    return Texts.zh("assessment.sheet.total", result.total().toPlainString(),
        result.gradeLabel() == null ? "—" : result.gradeLabel(), String.valueOf(result.rank()),
        String.valueOf(result.unitCount()));
  }

  String dateLine() {
    return Texts.zh("assessment.sheet.date", printedOn.getYear() + "年" + printedOn.getMonthValue() + "月"
        + printedOn.getDayOfMonth() + "日");
  }
}

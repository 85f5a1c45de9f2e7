package cn.zeren.assessment.api;

import cn.zeren.assessment.ScoreItem;
import cn.zeren.assessment.UnitResult;
import java.math.BigDecimal;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A unit's assessment result for a year as the API shows it: total, grade, rank and every item of the breakdown. */
public record AssessmentView(
    int year,
    long organisationId,
    String organisationName,
    BigDecimal total,
    @Schema(description = "考核等次（规则包的等次）") String grade,
    String gradeCode,
    int rank,
    int unitCount,
    @Schema(description = "是否已通报（YW-13.3）") boolean published,
    @Schema(description = "通报范围 COMMISSION、OWN_UNIT 或 CITY") String scope,
    List<Item> items) {

  /**
   * One item: its points (negative for a deduction) and the points lost against its share; the reason citing the
   * rule, and the evidence (entity reference and page link, relative to the application) or none when the reason
   * names the missing item.
   */
  public record Item(
      String indicatorCode, String indicatorName, String ruleId, BigDecimal points, BigDecimal lost, String reason,
      @Schema(description = "证据实体，如 REPORT:12；缺项时为空") String evidenceRef,
      @Schema(description = "证据页面，如 /report.xhtml?id=12；缺项时为空") String evidenceLink) {}

  static AssessmentView of(UnitResult r) {
    return new AssessmentView(r.year(), r.organisationId(), r.organisationName(), r.total(), r.gradeLabel(),
        r.gradeCode(), r.rank(), r.unitCount(), r.published(), r.scope() == null ? null : r.scope().name(),
        r.items().stream().map(AssessmentView::item).toList());
  }

  private static Item item(ScoreItem i) {
    return new Item(i.indicatorCode(), i.indicatorName(), i.ruleId(), i.points(), i.lost(), i.reason(),
        i.hasEvidence() ? i.evidence().entityRef() : null, i.hasEvidence() ? i.evidence().link() : null);
  }
}

package cn.zeren.inspection.draw;

/**
 * A declared relative or interest in a unit (公务回避): the unit, the relation (配偶/子女/持股…), free detail. A
 * missing detail is kept as the empty text.
 */
public record Declaration(long organisationId, String organisationName, String relation, String detail) {
  public Declaration {
    Checks.text(organisationName, "a declaration's organisationName");
    Checks.text(relation, "the declaration about " + organisationName + ": relation");
    detail = detail == null ? "" : detail;
  }
}

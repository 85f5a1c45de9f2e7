package cn.zeren.report;

import cn.zeren.security.Role;
import java.util.List;
import java.util.Optional;

/**
 * A kind of report the rule pack asks for (报告类型): the obligation a submission fulfils, to whom it is
 * addressed, the sections of its structured form, who approves it before it goes out and who reviews it.
 *
 * @param code stable identifier used by submissions and the API, e.g. {@code ANNUAL_MAIN}
 * @param ruleId the obligation of the pack that a submission of this type fulfils (YW-10.1 …)
 * @param addressees to whom the report is addressed, as the article names them (市委、市纪委)
 * @param coversPreviousYear whether the report of year Y is about year Y−1 (the 15 January report)
 * @param eventDated whether the author states the date of the event the report is about (per-event rules)
 * @param formalDocumentRequired whether the formal document (PDF, OFD, DOCX, image) must be attached
 * @param approvedBy the role that approves a draft before submission, in the author's unit
 * @param reviewedBy the roles that review, return and accept submissions, over the author's unit
 */
public record ReportType(
    String code,
    String ruleId,
    String title,
    List<String> addressees,
    boolean coversPreviousYear,
    boolean eventDated,
    boolean formalDocumentRequired,
    Role approvedBy,
    List<Role> reviewedBy,
    List<Section> sections) {

  /** One section of the structured form, following the regulation's own headings. */
  public record Section(String key, String title, String guide, boolean required) {}

  public Optional<Section> section(String key) {
    return sections.stream().filter(s -> s.key().equals(key)).findFirst();
  }
}

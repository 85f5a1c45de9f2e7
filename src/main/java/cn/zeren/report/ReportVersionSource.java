package cn.zeren.report;

import cn.zeren.platform.NotFoundException;
import cn.zeren.signature.SignableContent;
import cn.zeren.signature.SignedContentSource;
import cn.zeren.rules.RulePackRegistry;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.TreeMap;

/**
 * A submitted report version as its signer signs it (签字背书 of a work report, YW-11.3): the report's type, rule,
 * unit, period, the version number, every section's text, the formal document's name, type, size and SHA-256, and
 * the submission instant — read from the rows as they are now, so a changed character makes the signature invalid.
 */
@ApplicationScoped
public class ReportVersionSource implements SignedContentSource {
  public static final String SUBJECT_TYPE = "REPORT_VERSION";

  @PersistenceContext EntityManager em;
  @Inject RulePackRegistry rules;
  @Inject ReportService reports;

  @Override
  public String subjectType() {
    return SUBJECT_TYPE;
  }

  /** The version's report may be read by the actor ({@link ReportService#mayRead}). */
  @Override
  public boolean mayRead(long versionId) {
    ReportVersion version = em.find(ReportVersion.class, versionId);
    return version != null && reports.mayRead(version.getReport().getId());
  }

  @Override
  public SignableContent content(long versionId) {
    ReportVersion version = em.find(ReportVersion.class, versionId);
    if (version == null) {
      throw new NotFoundException("report.version", versionId);
    }
    Report report = version.getReport();
    Map<String, Object> content = new LinkedHashMap<>();
    content.put("kind", "REPORT");
    content.put("reportId", report.getId());
    content.put("type", report.getTypeCode());
    content.put("ruleId", report.getRuleId());
    content.put("organisationId", report.getOrganisation().getId());
    content.put("organisationCode", report.getOrganisation().getCode());
    content.put("year", (long) report.getYear());
    content.put("periodKey", report.getPeriodKey());
    content.put("coveredYear", report.getCoveredYear() == null ? null : (long) report.getCoveredYear());
    content.put("eventDate", report.getEventDate() == null ? null : report.getEventDate().toString());
    content.put("version", (long) version.getNumber());
    content.put("sections", new TreeMap<>(version.getSections()));
    if (version.hasDocument()) {
      Map<String, Object> document = new LinkedHashMap<>();
      document.put("name", version.getFileName());
      document.put("type", version.getFileType().name());
      document.put("size", version.getFileSize());
      document.put("sha256", version.getFileSha256());
      content.put("document", document);
    } else {
      content.put("document", null);
    }
    content.put("submittedAt",
        version.getSubmittedAt() == null ? null : DateTimeFormatter.ISO_INSTANT.format(version.getSubmittedAt()));
    String typeTitle =
        rules.active().section(ReportTypes.class).type(report.getTypeCode()).map(ReportType::title)
            .orElse(report.getTypeCode());
    String title = report.getOrganisation().getName() + " " + report.getPeriodKey() + " " + typeTitle
        + " 第 " + version.getNumber() + " 版";
    return new SignableContent(SUBJECT_TYPE, versionId, report.getOrganisation().getId(), title, content);
  }
}

package cn.zeren.report.api;

import cn.zeren.report.ReportEvent;
import cn.zeren.report.ReportVersion;
import cn.zeren.report.ReportType;
import java.util.List;
import java.util.Map;

/** One report with the sections of its form, every version (content and document) and its history. */
public record ReportDetailView(
    ReportView report, List<SectionView> sections, List<VersionView> versions, List<EventView> history) {

  /** A section of the type's form with the current version's text. */
  public record SectionView(String key, String title, String guide, boolean required, String text) {}

  /** One version; {@code document} is null until a formal document is attached. */
  public record VersionView(
      int number, String submittedAt, boolean late, Map<String, String> sections, DocumentView document) {}

  public record DocumentView(String fileName, String contentType, long size, String sha256, String href) {}

  public record EventView(int version, String kind, String actor, String role, String comment, String at) {}

  static ReportDetailView of(ReportView report, ReportType type, List<ReportVersion> versions,
      List<ReportEvent> history) {
    ReportVersion current = versions.get(versions.size() - 1);
    Map<String, String> text = current.getSections();
    return new ReportDetailView(
        report,
        type.sections().stream()
            .map(s -> new SectionView(s.key(), s.title(), s.guide(), s.required(), text.get(s.key())))
            .toList(),
        versions.stream().map(v -> version(report.id(), v)).toList(),
        history.stream()
            .map(e -> new EventView(e.getVersionNumber(), e.getKind().name(), e.getActorName(), e.getActorRole(),
                e.getComment(), ReportView.beijing(e.getOccurredAt())))
            .toList());
  }

  private static VersionView version(long reportId, ReportVersion v) {
    DocumentView document =
        v.hasDocument()
            ? new DocumentView(v.getFileName(), v.getFileType().contentType(), v.getFileSize(), v.getFileSha256(),
                "reports/" + reportId + "/versions/" + v.getNumber() + "/document")
            : null;
    return new VersionView(v.getNumber(), ReportView.beijing(v.getSubmittedAt()), v.isLate(), v.getSections(),
        document);
  }
}

package cn.zeren.report;

import cn.zeren.platform.files.DocumentType;
import cn.zeren.platform.files.FileStore;
import cn.zeren.platform.persistence.VersionedEntity;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonReader;
import jakarta.json.JsonString;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.io.StringReader;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * One version (版本) of a report: the text of each section of the structured form and the formal document. The
 * current version is edited while the report is a draft; once submitted it never changes, and a return opens the
 * next version as a copy, so every version stays readable in the history.
 */
@Entity
@Table(name = "report_version")
public class ReportVersion extends VersionedEntity {
  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "report_id", nullable = false, updatable = false)
  private Report report;

  @Column(name = "number_no", nullable = false, updatable = false)
  private int number;

  /** The sections' text as a JSON object, section key → text, in the form's order. */
  @Column(nullable = false)
  private String content = "{}";

  @Column(name = "file_name", length = 200)
  private String fileName;

  @Enumerated(EnumType.STRING)
  @Column(name = "file_type", length = 8)
  private DocumentType fileType;

  @Column(name = "file_size")
  private Long fileSize;

  @Column(name = "file_sha256", length = 64)
  private String fileSha256;

  @Column(name = "submitted_at")
  private Instant submittedAt;

  @Column(nullable = false)
  private boolean late;

  @Column(name = "late_seconds", nullable = false)
  private long lateSeconds;

  protected ReportVersion() {}

  ReportVersion(Report report, int number) {
    this.report = report;
    this.number = number;
  }

  /** The next version after a return: the same text and document, to be revised. */
  ReportVersion next() {
    ReportVersion next = new ReportVersion(report, number + 1);
    next.content = content;
    next.fileName = fileName;
    next.fileType = fileType;
    next.fileSize = fileSize;
    next.fileSha256 = fileSha256;
    return next;
  }

  public Map<String, String> getSections() {
    Map<String, String> sections = new LinkedHashMap<>();
    try (JsonReader reader = Json.createReader(new StringReader(content))) {
      JsonObject json = reader.readObject();
      json.forEach((key, value) -> sections.put(key, ((JsonString) value).getString()));
    }
    return sections;
  }

  void setSections(Map<String, String> sections) {
    JsonObjectBuilder json = Json.createObjectBuilder();
    sections.forEach(json::add);
    content = json.build().toString();
  }

  void attach(String name, FileStore.StoredFile file) {
    fileName = name;
    fileType = file.type();
    fileSize = file.size();
    fileSha256 = file.sha256();
  }

  void submitted(Instant at, Lateness lateness) {
    submittedAt = at;
    late = lateness.late();
    lateSeconds = lateness.seconds();
  }

  public boolean hasDocument() {
    return fileSha256 != null;
  }

  public Lateness getLateness() {
    return new Lateness(late, lateSeconds);
  }

  public Report getReport() {
    return report;
  }

  public int getNumber() {
    return number;
  }

  public String getFileName() {
    return fileName;
  }

  public DocumentType getFileType() {
    return fileType;
  }

  public Long getFileSize() {
    return fileSize;
  }

  public String getFileSha256() {
    return fileSha256;
  }

  public Instant getSubmittedAt() {
    return submittedAt;
  }

  public boolean isLate() {
    return late;
  }
}

package cn.zeren.inspection;

import cn.zeren.platform.files.DocumentType;
import cn.zeren.platform.files.FileStore;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.Instant;

/** A document a recipient answered a letter with, stored by its SHA-256 in the {@link FileStore}; never removed. */
@Entity
@Table(name = "inspection_request_document")
public class RequestDocument {
  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "request_id", nullable = false, updatable = false)
  private InformationRequest request;

  @Column(name = "file_name", nullable = false, length = 200, updatable = false)
  private String fileName;

  @Column(name = "file_sha256", nullable = false, length = 64, updatable = false)
  private String fileSha256;

  @Column(name = "file_size", nullable = false, updatable = false)
  private long fileSize;

  @Enumerated(EnumType.STRING)
  @Column(name = "file_type", nullable = false, length = 8, updatable = false)
  private DocumentType fileType;

  @Column(name = "uploaded_at", nullable = false, updatable = false)
  private Instant uploadedAt;

  @Column(name = "uploaded_by", nullable = false, length = 100, updatable = false)
  private String uploadedBy;

  protected RequestDocument() {}

  RequestDocument(InformationRequest request, String fileName, FileStore.StoredFile file, Instant at, String by) {
    this.request = request;
    this.fileName = fileName;
    this.fileSha256 = file.sha256();
    this.fileSize = file.size();
    this.fileType = file.type();
    this.uploadedAt = at;
    this.uploadedBy = by;
  }

  public Long getId() {
    return id;
  }

  public InformationRequest getRequest() {
    return request;
  }

  public String getFileName() {
    return fileName;
  }

  public String getFileSha256() {
    return fileSha256;
  }

  public long getFileSize() {
    return fileSize;
  }

  public DocumentType getFileType() {
    return fileType;
  }

  public Instant getUploadedAt() {
    return uploadedAt;
  }

  public String getUploadedBy() {
    return uploadedBy;
  }
}

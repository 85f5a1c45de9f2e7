package cn.zeren.ledger;

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

/**
 * A file attached to a ledger record (minutes scan, sign-in sheet, photo), checked by content and stored by its
 * SHA-256 in the {@link FileStore}. Attachments are only ever added: what was attached as evidence stays.
 */
@Entity
@Table(name = "ledger_attachment")
public class LedgerAttachment {
  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "record_id", nullable = false, updatable = false)
  private LedgerRecord record;

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

  protected LedgerAttachment() {}

  LedgerAttachment(LedgerRecord record, String fileName, FileStore.StoredFile file, Instant at, String by) {
    this.record = record;
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

  public LedgerRecord getRecord() {
    return record;
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

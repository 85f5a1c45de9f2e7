package cn.zeren.lists;

import cn.zeren.platform.files.DocumentType;
import cn.zeren.platform.files.FileStore;
import cn.zeren.security.Actor;
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
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.time.LocalDate;

/**
 * A dated entry of a rectification item's progress (整改进展), or its rectification plan (整改方案, YW-6.12), with
 * an optional evidence file. Written once, never changed: operational data next to the signed list, not part of it.
 */
@Entity
@Table(name = "rectification_entry")
public class RectificationEntry {
  /** A plan (the first written answer to upper-level feedback) or a progress entry. */
  public enum Kind {
    PLAN,
    PROGRESS
  }

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "list_id", nullable = false, updatable = false)
  private SignedList list;

  @Column(name = "item_key", nullable = false, length = 20, updatable = false)
  private String itemKey;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 12, updatable = false)
  private Kind kind;

  @Column(name = "entry_date", nullable = false, updatable = false)
  private LocalDate entryDate;

  @NotBlank
  @Size(max = 2000)
  @Column(name = "text_value", nullable = false, length = 2000, updatable = false)
  private String text;

  @Column(name = "file_name", length = 200, updatable = false)
  private String fileName;

  @Enumerated(EnumType.STRING)
  @Column(name = "file_type", length = 8, updatable = false)
  private DocumentType fileType;

  @Column(name = "file_size", updatable = false)
  private Long fileSize;

  @Column(name = "file_sha256", length = 64, updatable = false)
  private String fileSha256;

  @Column(name = "recorded_by_id", updatable = false)
  private Long recordedById;

  @Column(name = "recorded_by_name", nullable = false, length = 100, updatable = false)
  private String recordedByName;

  @Column(name = "recorded_at", nullable = false, updatable = false)
  private Instant recordedAt;

  protected RectificationEntry() {}

  RectificationEntry(SignedList list, String itemKey, Kind kind, LocalDate entryDate, String text, String fileName,
      FileStore.StoredFile file, Actor by, Instant at) {
    this.list = list;
    this.itemKey = itemKey;
    this.kind = kind;
    this.entryDate = entryDate;
    this.text = text;
    if (file != null) {
      this.fileName = fileName;
      this.fileType = file.type();
      this.fileSize = file.size();
      this.fileSha256 = file.sha256();
    }
    this.recordedById = by.personId();
    this.recordedByName = by.displayName();
    this.recordedAt = at;
  }

  public Long getId() {
    return id;
  }

  public SignedList getList() {
    return list;
  }

  public String getItemKey() {
    return itemKey;
  }

  public Kind getKind() {
    return kind;
  }

  public LocalDate getEntryDate() {
    return entryDate;
  }

  public String getText() {
    return text;
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

  public boolean hasFile() {
    return fileSha256 != null;
  }

  public String getRecordedByName() {
    return recordedByName;
  }

  public Instant getRecordedAt() {
    return recordedAt;
  }
}

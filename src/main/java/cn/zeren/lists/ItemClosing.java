package cn.zeren.lists;

import cn.zeren.platform.DomainException;
import cn.zeren.platform.persistence.VersionedEntity;
import cn.zeren.platform.files.DocumentType;
import cn.zeren.platform.files.FileStore;
import cn.zeren.security.Actor;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.time.Instant;

/**
 * A request to write off (销账) one rectification item, with the evidence that it was rectified, and the discipline
 * organisation's decision on it. A rejected request stays on record; a new request is a new row.
 */
@Entity
@Table(name = "item_closing")
public class ItemClosing extends VersionedEntity {
  /** Where a write-off request stands. */
  public enum Status {
    REQUESTED,
    APPROVED,
    REJECTED
  }

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "list_id", nullable = false, updatable = false)
  private SignedList list;

  @Column(name = "item_key", nullable = false, length = 20, updatable = false)
  private String itemKey;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 12)
  private Status status = Status.REQUESTED;

  @NotBlank
  @Size(max = 2000)
  @Column(nullable = false, length = 2000, updatable = false)
  private String note;

  @Column(name = "file_name", nullable = false, length = 200, updatable = false)
  private String fileName;

  @Enumerated(EnumType.STRING)
  @Column(name = "file_type", nullable = false, length = 8, updatable = false)
  private DocumentType fileType;

  @Column(name = "file_size", nullable = false, updatable = false)
  private long fileSize;

  @Column(name = "file_sha256", nullable = false, length = 64, updatable = false)
  private String fileSha256;

  @Column(name = "requested_by_id", updatable = false)
  private Long requestedById;

  @Column(name = "requested_by_name", nullable = false, length = 100, updatable = false)
  private String requestedByName;

  @Column(name = "requested_at", nullable = false, updatable = false)
  private Instant requestedAt;

  @Column(name = "decided_by_id")
  private Long decidedById;

  @Column(name = "decided_by_name", length = 100)
  private String decidedByName;

  @Column(name = "decided_by_role", length = 40)
  private String decidedByRole;

  @Column(name = "decided_at")
  private Instant decidedAt;

  @Column(name = "decision_note", length = 2000)
  private String decisionNote;

  protected ItemClosing() {}

  ItemClosing(SignedList list, String itemKey, String note, String fileName, FileStore.StoredFile file, Actor by,
      Instant at) {
    this.list = list;
    this.itemKey = itemKey;
    this.note = note;
    this.fileName = fileName;
    this.fileType = file.type();
    this.fileSize = file.size();
    this.fileSha256 = file.sha256();
    this.requestedById = by.personId();
    this.requestedByName = by.displayName();
    this.requestedAt = at;
  }

  /** Approves or rejects the request; {@code closingRule} is the article cited when the requester decides it. */
  void decide(boolean approve, String comment, Actor by, Instant at, String closingRule) {
    if (status != Status.REQUESTED) {
      throw new DomainException("list.closing.decided");
    }
    if (!ListRules.mayDecideClosing(requestedById, by.personId())) {
      throw DomainException.byRule(closingRule, "list.closing.ownRequest", closingRule);
    }
    status = approve ? Status.APPROVED : Status.REJECTED;
    decisionNote = comment;
    decidedById = by.personId();
    decidedByName = by.displayName();
    decidedByRole = by.role() == null ? null : by.role().name();
    decidedAt = at;
  }

  public SignedList getList() {
    return list;
  }

  public String getItemKey() {
    return itemKey;
  }

  public Status getStatus() {
    return status;
  }

  public String getNote() {
    return note;
  }

  public String getFileName() {
    return fileName;
  }

  public DocumentType getFileType() {
    return fileType;
  }

  public long getFileSize() {
    return fileSize;
  }

  public String getFileSha256() {
    return fileSha256;
  }

  public String getRequestedByName() {
    return requestedByName;
  }

  public Instant getRequestedAt() {
    return requestedAt;
  }

  public String getDecidedByName() {
    return decidedByName;
  }

  public String getDecidedByRole() {
    return decidedByRole;
  }

  public Instant getDecidedAt() {
    return decidedAt;
  }

  public String getDecisionNote() {
    return decisionNote;
  }
}

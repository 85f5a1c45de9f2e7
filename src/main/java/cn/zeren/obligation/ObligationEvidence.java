package cn.zeren.obligation;

import cn.zeren.calendar.Deadlines;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * A link from an obligation to what fulfils it (佐证): a report, a meeting record, a signature — named by its type
 * and its id in its own context, so that this context never reads another's tables.
 */
@Entity
@Table(name = "obligation_evidence")
public class ObligationEvidence {
  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "obligation_id", nullable = false, updatable = false)
  private Obligation obligation;

  @Column(name = "evidence_type", nullable = false, length = 40, updatable = false)
  private String evidenceType;

  @Column(name = "evidence_ref", nullable = false, length = 64, updatable = false)
  private String evidenceRef;

  @Column(length = 200, updatable = false)
  private String note;

  @Column(name = "recorded_at", nullable = false, updatable = false)
  private Instant recordedAt;

  @Column(nullable = false, updatable = false)
  private boolean late;

  protected ObligationEvidence() {}

  ObligationEvidence(Obligation obligation, String type, String ref, String note, Instant at) {
    this.obligation = obligation;
    this.evidenceType = type;
    this.evidenceRef = ref;
    this.note = note;
    this.recordedAt = at;
    this.late = Deadlines.isLate(at, obligation.getDueDate());
  }

  public Long getId() {
    return id;
  }

  public Obligation getObligation() {
    return obligation;
  }

  public String getEvidenceType() {
    return evidenceType;
  }

  public String getEvidenceRef() {
    return evidenceRef;
  }

  public String getNote() {
    return note;
  }

  public Instant getRecordedAt() {
    return recordedAt;
  }

  public boolean isLate() {
    return late;
  }
}

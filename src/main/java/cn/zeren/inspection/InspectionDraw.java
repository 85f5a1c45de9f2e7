package cn.zeren.inspection;

import cn.zeren.platform.persistence.VersionedEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * One draw by lot of a round (ZZ-6), kept for ever so that anyone can replay it: the sealed input (candidates, their
 * avoidance facts, the targets and groups, the rules) as canonical JSON with its digest, the commitment to the seed
 * recorded at sealing, and after the draw the revealed seed, the witness phrase, the final seed and the outcome. The
 * seed is never shown before the draw. A redraw ends the previous draw with its reason; nothing is deleted.
 */
@Entity
@Table(name = "inspection_draw")
public class InspectionDraw extends VersionedEntity {
  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "round_id", nullable = false, updatable = false)
  private InspectionRound round;

  @Column(name = "seq_no", nullable = false, updatable = false)
  private int seq;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 12)
  private DrawState state = DrawState.SEALED;

  @Column(name = "rule_id", length = 20, updatable = false)
  private String ruleId;

  @Column(name = "input_json", nullable = false, updatable = false, columnDefinition = "LONGTEXT")
  private String inputJson;

  @Column(name = "input_digest", nullable = false, length = 64, updatable = false)
  private String inputDigest;

  @Column(nullable = false, length = 64, updatable = false)
  private String commitment;

  @Column(nullable = false, length = 64, updatable = false)
  private String seed;

  @Column(length = 200)
  private String witness;

  @Column(name = "final_seed", length = 64)
  private String finalSeed;

  @Column(name = "outcome_json", columnDefinition = "LONGTEXT")
  private String outcomeJson;

  @Column(name = "sealed_by_name", nullable = false, length = 100, updatable = false)
  private String sealedByName;

  @Column(name = "sealed_at", nullable = false, updatable = false)
  private Instant sealedAt;

  @Column(name = "drawn_by_name", length = 100)
  private String drawnByName;

  @Column(name = "drawn_at")
  private Instant drawnAt;

  @Column(name = "ended_reason", length = 500)
  private String endedReason;

  @Column(name = "ended_by_name", length = 100)
  private String endedByName;

  @Column(name = "ended_at")
  private Instant endedAt;

  protected InspectionDraw() {}

  InspectionDraw(InspectionRound round, int seq, String ruleId, String inputJson, String inputDigest, String seed,
      String commitment, String sealedByName, Instant sealedAt) {
    this.round = round;
    this.seq = seq;
    this.ruleId = ruleId;
    this.inputJson = inputJson;
    this.inputDigest = inputDigest;
    this.seed = seed;
    this.commitment = commitment;
    this.sealedByName = sealedByName;
    this.sealedAt = sealedAt;
  }

  void drawn(String witness, String finalSeed, String outcomeJson, String by, Instant at) {
    this.state = DrawState.DRAWN;
    this.witness = witness;
    this.finalSeed = finalSeed;
    this.outcomeJson = outcomeJson;
    this.drawnByName = by;
    this.drawnAt = at;
  }

  void end(DrawState state, String reason, String by, Instant at) {
    this.state = state;
    this.endedReason = reason;
    this.endedByName = by;
    this.endedAt = at;
  }

  /** The seed once the draw is made; before that nobody may learn it (the commitment stands for it). */
  public String getRevealedSeed() {
    return outcomeJson == null ? null : seed;
  }

  /** The seed itself, for the service's own draw only. */
  String secretSeed() {
    return seed;
  }

  public InspectionRound getRound() {
    return round;
  }

  public int getSeq() {
    return seq;
  }

  public DrawState getState() {
    return state;
  }

  public String getRuleId() {
    return ruleId;
  }

  public String getInputJson() {
    return inputJson;
  }

  public String getInputDigest() {
    return inputDigest;
  }

  public String getCommitment() {
    return commitment;
  }

  public String getWitness() {
    return witness;
  }

  public String getFinalSeed() {
    return finalSeed;
  }

  public String getOutcomeJson() {
    return outcomeJson;
  }

  public String getSealedByName() {
    return sealedByName;
  }

  public Instant getSealedAt() {
    return sealedAt;
  }

  public String getDrawnByName() {
    return drawnByName;
  }

  public Instant getDrawnAt() {
    return drawnAt;
  }

  public String getEndedReason() {
    return endedReason;
  }

  public String getEndedByName() {
    return endedByName;
  }

  public Instant getEndedAt() {
    return endedAt;
  }
}

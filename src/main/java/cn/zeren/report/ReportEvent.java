package cn.zeren.report;

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
import java.time.Instant;

/**
 * One step of a report's history (流转记录): who did what to which version, when, in which role, and the comment
 * of a return or an acceptance. Written once, never changed.
 */
@Entity
@Table(name = "report_event")
public class ReportEvent {
  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "report_id", nullable = false, updatable = false)
  private Report report;

  @Column(name = "version_no", nullable = false, updatable = false)
  private int versionNumber;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 20, updatable = false)
  private ReportEventKind kind;

  @Column(name = "actor_name", nullable = false, length = 100, updatable = false)
  private String actorName;

  @Column(name = "actor_role", length = 40, updatable = false)
  private String actorRole;

  @Column(name = "comment_text", length = 2000, updatable = false)
  private String comment;

  @Column(name = "occurred_at", nullable = false, updatable = false)
  private Instant occurredAt;

  protected ReportEvent() {}

  ReportEvent(Report report, ReportEventKind kind, Actor actor, String comment, Instant at) {
    this.report = report;
    this.versionNumber = report.getCurrentVersion();
    this.kind = kind;
    this.actorName = actor.displayName();
    this.actorRole = actor.role() == null ? null : actor.role().name();
    this.comment = comment;
    this.occurredAt = at;
  }

  public Long getId() {
    return id;
  }

  public int getVersionNumber() {
    return versionNumber;
  }

  public ReportEventKind getKind() {
    return kind;
  }

  public String getActorName() {
    return actorName;
  }

  public String getActorRole() {
    return actorRole;
  }

  public String getComment() {
    return comment;
  }

  public Instant getOccurredAt() {
    return occurredAt;
  }
}

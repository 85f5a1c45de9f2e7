package cn.zeren.hearing;

import cn.zeren.organisation.Organisation;
import cn.zeren.organisation.Person;
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
 * One unit heard at a session, in its place in the order, with the person who speaks for it (汇报人/述职人). Scores
 * are taken while it is open; the chair's close locks them.
 */
@Entity
@Table(name = "hearing_item")
public class HearingItem extends VersionedEntity {
  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "session_id", nullable = false, updatable = false)
  private HearingSession session;

  @Column(name = "sort_order", nullable = false)
  private int sortOrder;

  @ManyToOne(optional = false)
  @JoinColumn(name = "organisation_id", nullable = false, updatable = false)
  private Organisation unit;

  @ManyToOne(optional = false)
  @JoinColumn(name = "speaker_person_id", nullable = false)
  private Person speaker;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 16)
  private ItemStatus status = ItemStatus.PENDING;

  @Column(name = "closed_at")
  private Instant closedAt;

  protected HearingItem() {}

  HearingItem(HearingSession session, int sortOrder, Organisation unit, Person speaker) {
    this.session = session;
    this.sortOrder = sortOrder;
    this.unit = unit;
    this.speaker = speaker;
  }

  void open() {
    status = ItemStatus.OPEN;
  }

  void close(Instant at) {
    status = ItemStatus.CLOSED;
    closedAt = at;
  }

  public HearingSession getSession() {
    return session;
  }

  public int getSortOrder() {
    return sortOrder;
  }

  public Organisation getUnit() {
    return unit;
  }

  public Person getSpeaker() {
    return speaker;
  }

  public ItemStatus getStatus() {
    return status;
  }

  public Instant getClosedAt() {
    return closedAt;
  }
}

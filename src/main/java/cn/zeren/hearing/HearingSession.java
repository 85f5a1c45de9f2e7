package cn.zeren.hearing;

import cn.zeren.organisation.Organisation;
import cn.zeren.organisation.Person;
import cn.zeren.platform.persistence.VersionedEntity;
import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * A scored meeting of a discipline commission (评议会议): a 专题汇报会 (YW-10.2) or a 述职会议 (YW-10.4), as the rule
 * pack's scored meeting {@code meetingCode} describes it — its scorers, and the units heard in order, each with its
 * speaker. Editable while {@link HearingStatus#DRAFT}; once started, scores are taken until the chair closes each
 * item and then the session.
 */
@Entity
@Table(name = "hearing_session")
public class HearingSession extends VersionedEntity {
  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "organisation_id", nullable = false, updatable = false)
  private Organisation organisation;

  @Column(name = "meeting_code", nullable = false, length = 32)
  private String meetingCode;

  @Column(name = "rule_id", nullable = false, length = 20)
  private String ruleId;

  @Column(nullable = false, length = 200)
  private String title;

  @Column(name = "held_at", nullable = false)
  private Instant heldAt;

  @Column(nullable = false, length = 200)
  private String place;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "chair_person_id", nullable = false)
  private Person chair;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 16)
  private HearingStatus status = HearingStatus.DRAFT;

  @Column(name = "started_at")
  private Instant startedAt;

  @Column(name = "closed_at")
  private Instant closedAt;

  @OneToMany(mappedBy = "session", cascade = CascadeType.ALL, orphanRemoval = true)
  @OrderBy("id")
  private List<HearingScorer> scorers = new ArrayList<>();

  @OneToMany(mappedBy = "session", cascade = CascadeType.ALL, orphanRemoval = true)
  @OrderBy("sortOrder")
  private List<HearingItem> items = new ArrayList<>();

  protected HearingSession() {}

  HearingSession(Organisation organisation) {
    this.organisation = Objects.requireNonNull(organisation);
  }

  void describe(String meetingCode, String ruleId, String title, Instant heldAt, String place, Person chair) {
    this.meetingCode = meetingCode;
    this.ruleId = ruleId;
    this.title = title;
    this.heldAt = heldAt;
    this.place = place;
    this.chair = chair;
  }

  /** Replaces the scorers and the items heard (only while the session is being set up). */
  void replaceParticipants(List<Person> scorerPeople, List<HearingItem> newItems) {
    scorers.clear();
    scorerPeople.forEach(p -> scorers.add(new HearingScorer(this, p)));
    items.clear();
    items.addAll(newItems);
  }

  void start(Instant at) {
    status = HearingStatus.OPEN;
    startedAt = at;
    items.forEach(HearingItem::open);
  }

  void close(Instant at) {
    status = HearingStatus.CLOSED;
    closedAt = at;
  }

  public boolean isScorer(Long personId) {
    return personId != null && scorers.stream().anyMatch(s -> s.getPerson().getId().equals(personId));
  }

  public boolean isChair(Long personId) {
    return personId != null && chair.getId().equals(personId);
  }

  public Organisation getOrganisation() {
    return organisation;
  }

  public String getMeetingCode() {
    return meetingCode;
  }

  public String getRuleId() {
    return ruleId;
  }

  public String getTitle() {
    return title;
  }

  public Instant getHeldAt() {
    return heldAt;
  }

  public String getPlace() {
    return place;
  }

  public Person getChair() {
    return chair;
  }

  public HearingStatus getStatus() {
    return status;
  }

  public Instant getStartedAt() {
    return startedAt;
  }

  public Instant getClosedAt() {
    return closedAt;
  }

  public List<HearingScorer> getScorers() {
    return scorers;
  }

  public List<HearingItem> getItems() {
    return items;
  }
}

package cn.zeren.ledger;

import cn.zeren.organisation.Organisation;
import cn.zeren.organisation.Person;
import cn.zeren.platform.persistence.VersionedEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.JoinTable;
import jakarta.persistence.ManyToMany;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * A work-ledger record (履责纪实): one activity of a unit — its kind, date, topic, who took part, the minutes — that
 * fulfils one obligation instance. Kind, date and instance are fixed once saved (the evidence on the instance
 * names them); topic, participants, minutes and attachments may be completed later.
 */
@Entity
@Table(name = "ledger_record")
public class LedgerRecord extends VersionedEntity {
  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "organisation_id", nullable = false, updatable = false)
  private Organisation organisation;

  @Column(name = "activity_code", nullable = false, length = 40, updatable = false)
  private String activityCode;

  @Column(name = "rule_id", nullable = false, length = 20, updatable = false)
  private String ruleId;

  @Column(name = "obligation_id", nullable = false, updatable = false)
  private long obligationId;

  @Column(name = "period_key", nullable = false, length = 12, updatable = false)
  private String periodKey;

  @Column(name = "activity_date", nullable = false, updatable = false)
  private LocalDate activityDate;

  @Column(nullable = false, length = 200)
  private String topic;

  @Column(name = "other_participants", length = 500)
  private String otherParticipants;

  @Column(columnDefinition = "TEXT")
  private String minutes;

  @ManyToMany(fetch = FetchType.LAZY)
  @JoinTable(
      name = "ledger_participant",
      joinColumns = @JoinColumn(name = "record_id"),
      inverseJoinColumns = @JoinColumn(name = "person_id"))
  @OrderBy("name")
  private List<Person> participants = new ArrayList<>();

  @Column(name = "author_person_id", nullable = false, updatable = false)
  private long authorPersonId;

  @Column(name = "author_name", nullable = false, length = 100, updatable = false)
  private String authorName;

  protected LedgerRecord() {}

  LedgerRecord(Organisation organisation, String activityCode, String ruleId, long obligationId, String periodKey,
      LocalDate activityDate, long authorPersonId, String authorName) {
    this.organisation = organisation;
    this.activityCode = activityCode;
    this.ruleId = ruleId;
    this.obligationId = obligationId;
    this.periodKey = periodKey;
    this.activityDate = activityDate;
    this.authorPersonId = authorPersonId;
    this.authorName = authorName;
  }

  void describe(String topic, String minutes, List<Person> participants, String otherParticipants) {
    this.topic = topic;
    this.minutes = minutes;
    this.participants.clear();
    this.participants.addAll(participants);
    this.otherParticipants = otherParticipants;
  }

  public Organisation getOrganisation() {
    return organisation;
  }

  public String getActivityCode() {
    return activityCode;
  }

  public String getRuleId() {
    return ruleId;
  }

  public long getObligationId() {
    return obligationId;
  }

  public String getPeriodKey() {
    return periodKey;
  }

  public LocalDate getActivityDate() {
    return activityDate;
  }

  public String getTopic() {
    return topic;
  }

  public String getOtherParticipants() {
    return otherParticipants;
  }

  public String getMinutes() {
    return minutes;
  }

  public List<Person> getParticipants() {
    return participants;
  }

  public long getAuthorPersonId() {
    return authorPersonId;
  }

  public String getAuthorName() {
    return authorName;
  }
}

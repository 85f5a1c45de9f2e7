package cn.zeren.hearing;

import cn.zeren.organisation.Person;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

/** A member of the commission who scores at a session (评分人). */
@Entity
@Table(name = "hearing_scorer")
public class HearingScorer {
  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "session_id", nullable = false, updatable = false)
  private HearingSession session;

  @ManyToOne(optional = false)
  @JoinColumn(name = "person_id", nullable = false, updatable = false)
  private Person person;

  protected HearingScorer() {}

  HearingScorer(HearingSession session, Person person) {
    this.session = session;
    this.person = person;
  }

  public Long getId() {
    return id;
  }

  public Person getPerson() {
    return person;
  }
}

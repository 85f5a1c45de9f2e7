package cn.zeren.hearing;

import cn.zeren.organisation.Person;
import cn.zeren.platform.persistence.VersionedEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.math.BigDecimal;

/** One scorer's score for one item (unique per scorer and item); the scorer may change it until the item closes. */
@Entity
@Table(name = "hearing_score")
public class HearingScore extends VersionedEntity {
  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "item_id", nullable = false, updatable = false)
  private HearingItem item;

  @ManyToOne(optional = false)
  @JoinColumn(name = "scorer_person_id", nullable = false, updatable = false)
  private Person scorer;

  @Column(nullable = false, precision = 7, scale = 3)
  private BigDecimal score;

  protected HearingScore() {}

  HearingScore(HearingItem item, Person scorer, BigDecimal score) {
    this.item = item;
    this.scorer = scorer;
    this.score = score;
  }

  void change(BigDecimal newScore) {
    score = newScore;
  }

  public HearingItem getItem() {
    return item;
  }

  public Person getScorer() {
    return scorer;
  }

  public BigDecimal getScore() {
    return score;
  }
}

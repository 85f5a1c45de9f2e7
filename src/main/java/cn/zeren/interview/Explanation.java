package cn.zeren.interview;

import cn.zeren.platform.persistence.VersionedEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OneToOne;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Objects;

/**
 * The interviewee's explanation after the talk (情况说明, YW-12.1): written by them alone, signed by the interviewing
 * leader (签字背书) and from then on fixed — the signature is verified against this row as it is now.
 */
@Entity
@Table(name = "interview_explanation")
public class Explanation extends VersionedEntity {
  static final int TEXT_LENGTH = 20000;

  @OneToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "interview_id", nullable = false, updatable = false)
  private Interview interview;

  @Column(nullable = false, length = TEXT_LENGTH)
  private String text;

  @Column(name = "written_at", nullable = false)
  private Instant writtenAt;

  protected Explanation() {}

  Explanation(Interview interview) {
    this.interview = Objects.requireNonNull(interview);
  }

  void write(String text, Instant at) {
    this.text = text;
    this.writtenAt = at;
  }

  public Interview getInterview() {
    return interview;
  }

  public String getText() {
    return text;
  }

  public Instant getWrittenAt() {
    return writtenAt;
  }
}

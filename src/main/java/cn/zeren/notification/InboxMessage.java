package cn.zeren.notification;

import cn.zeren.platform.persistence.VersionedEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Objects;

/**
 * A message in one person's in-app inbox (站内消息): subject and plain-text body as sent, the page it points to,
 * and when the person first opened it. What it is about is named by a topic and an id in its own context, so the
 * inbox never reads another context's tables.
 */
@Entity
@Table(name = "inbox_message")
public class InboxMessage extends VersionedEntity {
  static final int SUBJECT_LENGTH = 200;
  static final int BODY_LENGTH = 2000;

  @Column(name = "person_id", nullable = false, updatable = false)
  private Long personId;

  @Column(nullable = false, length = 40, updatable = false)
  private String topic;

  @Column(name = "reference_id", updatable = false)
  private Long referenceId;

  @Column(nullable = false, length = SUBJECT_LENGTH, updatable = false)
  private String subject;

  @Column(nullable = false, length = BODY_LENGTH, updatable = false)
  private String body;

  @Column(length = 200, updatable = false)
  private String link;

  @Column(name = "read_at")
  private Instant readAt;

  protected InboxMessage() {}

  /**
   * @param link a page of the portal, e.g. {@code /tasks.xhtml}, or null
   */
  InboxMessage(long personId, String topic, Long referenceId, String subject, String body, String link) {
    this.personId = personId;
    this.topic = Objects.requireNonNull(topic);
    this.referenceId = referenceId;
    this.subject = cut(Objects.requireNonNull(subject), SUBJECT_LENGTH);
    this.body = cut(Objects.requireNonNull(body), BODY_LENGTH);
    this.link = link;
  }

  private static String cut(String text, int length) {
    return text.length() <= length ? text : text.substring(0, length);
  }

  /** Marks the message read the first time it is opened; later openings keep that time. */
  void markRead(Instant at) {
    if (readAt == null) {
      readAt = at;
    }
  }

  public Long getPersonId() {
    return personId;
  }

  public String getTopic() {
    return topic;
  }

  public Long getReferenceId() {
    return referenceId;
  }

  public String getSubject() {
    return subject;
  }

  public String getBody() {
    return body;
  }

  public String getLink() {
    return link;
  }

  public Instant getReadAt() {
    return readAt;
  }

  public boolean isRead() {
    return readAt != null;
  }
}

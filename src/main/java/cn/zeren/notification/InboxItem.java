package cn.zeren.notification;

import java.io.Serializable;
import java.time.Instant;

/** An inbox message as the pages see it (a detached copy, safe to keep in a view). */
public record InboxItem(
    long id, String subject, String body, String link, Instant receivedAt, Instant readAt)
    implements Serializable {

  static InboxItem of(InboxMessage message) {
    return new InboxItem(
        message.getId(), message.getSubject(), message.getBody(), message.getLink(), message.getCreatedAt(),
        message.getReadAt());
  }

  public boolean read() {
    return readAt != null;
  }
}

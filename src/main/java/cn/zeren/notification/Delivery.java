package cn.zeren.notification;

import cn.zeren.security.RoleHolder;

/**
 * One reminder to one person by one channel, as planned by a run: the unit of the sent-log and of a transaction.
 *
 * @param link the page the reminder points to ({@code /tasks.xhtml} for those who carry the task,
 *     {@code /compliance.xhtml} for the level above)
 */
public record Delivery(
    long obligationId, RoleHolder recipient, ReminderKey key, Channel channel, ReminderText.Message message,
    String link) {

  /** The sent-log's unique key as one string, for comparing with what was sent before. */
  public String logKey() {
    return logKey(obligationId, recipient.personId(), key.code(), channel.name());
  }

  static String logKey(long obligationId, long personId, String key, String channel) {
    return obligationId + "|" + personId + "|" + key + "|" + channel;
  }
}

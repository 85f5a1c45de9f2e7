package cn.zeren.notification;

import cn.zeren.audit.AuditLog;
import cn.zeren.platform.persistence.ZerenDataSource;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.mail.MessagingException;
import jakarta.transaction.Transactional;
import jakarta.transaction.Transactional.TxType;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;

/**
 * Delivers planned reminders, each claiming its sent-log row first. An e-mail goes in a transaction of its own, so
 * that a failure rolls back only that e-mail — its log row included, so the next run retries it — and never the
 * e-mails sent before it. Inbox messages go in chunks, one transaction each: every delivery still claims its own
 * log row (the single-row INSERT IGNOREs of a chunk go as one JDBC batch), but the messages of a chunk are written
 * in a few multi-row INSERTs instead of one audited entity insert and one commit each, and the chunk is audited as
 * one event in the same transaction (as obligation generation is). A failure rolls back the chunk, log rows
 * included, and the next run writes it again.
 */
@ApplicationScoped
public class ReminderDelivery {
  static final String TOPIC = "OBLIGATION_REMINDER";
  /** Inbox deliveries per transaction: bounds a transaction, and what a failure makes the next run redo. */
  static final int INBOX_CHUNK = 2000;
  private static final int ROWS_PER_INSERT = 500;
  private static final String INSERT =
      "INSERT INTO inbox_message (version, person_id, topic, reference_id, subject, body, link, created_at,"
          + " updated_at) VALUES ";

  @Resource(lookup = ZerenDataSource.JNDI_NAME)
  DataSource dataSource;

  @Inject ReminderLog log;
  @Inject ReminderSettings settings;
  @Inject AuditLog audit;

  /**
   * Puts a chunk of reminders (at most {@link #INBOX_CHUNK}) in the recipients' inboxes: those whose log row it
   * claims now; the others were there already.
   *
   * @param day the Beijing day of the run, named in the audit event
   * @return how many messages were written
   */
  @Transactional(TxType.REQUIRES_NEW)
  public int toInbox(List<Delivery> chunk, LocalDate day) {
    List<InboxMessage> messages;
    try (Connection c = dataSource.getConnection()) {
      messages = log.claimAll(c, chunk).stream().map(ReminderDelivery::message).toList();
      insert(c, messages, LocalDateTime.ofInstant(Instant.now(), ZoneOffset.UTC));
    } catch (SQLException e) {
      throw new IllegalStateException("Writing reminders to the inbox failed", e);
    }
    if (messages.isEmpty()) {
      return 0;
    }
    audit.record(
        "INBOX_REMINDERS_WRITTEN", "InboxMessage", day,
        Map.of(
            "topic", TOPIC, "messages", messages.size(),
            "people", messages.stream().map(InboxMessage::getPersonId).distinct().count()));
    return messages.size();
  }

  /** True when the e-mail was handed to the relay now; false when it had been before. */
  @Transactional(value = TxType.REQUIRES_NEW, rollbackOn = MessagingException.class)
  public boolean byEmail(Delivery delivery, Outbox outbox) throws MessagingException {
    if (!log.claim(delivery)) {
      return false;
    }
    outbox.send(
        delivery.recipient().email(),
        delivery.message().subject(),
        ReminderText.emailBody(delivery.message(), settings.pageUrl(delivery.link())));
    return true;
  }

  /** The message as the entity would store it (subject and body cut to their columns), written in SQL. */
  private static InboxMessage message(Delivery delivery) {
    return new InboxMessage(
        delivery.recipient().personId(), TOPIC, delivery.obligationId(), delivery.message().subject(),
        delivery.message().body(), delivery.link());
  }

  /**
   * Multi-row INSERTs in plain JDBC, on the connection of the transaction (EclipseLink's native queries bind
   * thousands of parameters in quadratic time).
   */
  private static void insert(Connection c, List<InboxMessage> messages, LocalDateTime now) throws SQLException {
    for (int from = 0; from < messages.size(); from += ROWS_PER_INSERT) {
      insertRows(c, messages.subList(from, Math.min(messages.size(), from + ROWS_PER_INSERT)), now);
    }
  }

  private static void insertRows(Connection c, List<InboxMessage> rows, LocalDateTime now) throws SQLException {
    String row = "(0" + ", ?".repeat(8) + ")";
    String sql = INSERT + String.join(",", Collections.nCopies(rows.size(), row));
    try (PreparedStatement s = c.prepareStatement(sql)) {
      int p = 1;
      for (InboxMessage m : rows) {
        s.setLong(p++, m.getPersonId());
        s.setString(p++, m.getTopic());
        s.setObject(p++, m.getReferenceId());
        s.setString(p++, m.getSubject());
        s.setString(p++, m.getBody());
        s.setString(p++, m.getLink());
        s.setObject(p++, now);
        s.setObject(p++, now);
      }
      s.executeUpdate();
    }
  }
}

package cn.zeren.notification;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.Query;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The sent-log of reminders ({@code reminder_log}). {@link #claim} (or {@link #claimAll} for a chunk) inserts a
 * delivery's row before it is delivered,
 * in the delivery's transaction: the unique key lets exactly one node or run have it, and when the delivery fails
 * the rollback removes the row so that the next run tries again. Written in SQL rather than as an entity because
 * {@code INSERT IGNORE} answers "already sent" without an exception that would doom the transaction.
 */
@ApplicationScoped
public class ReminderLog {
  private static final int IDS_PER_QUERY = 500;
  private static final String CLAIM =
      "INSERT IGNORE INTO reminder_log (obligation_id, person_id, reminder_key, channel, sent_at)"
          + " VALUES (?, ?, ?, ?, ?)";

  @PersistenceContext EntityManager em;

  /** True when this caller inserted the row and so must deliver; false when it was sent already. */
  boolean claim(Delivery delivery) {
    return em.createNativeQuery(CLAIM.replace("(?, ?, ?, ?, ?)", "(?1, ?2, ?3, ?4, ?5)"))
            .setParameter(1, delivery.obligationId())
            .setParameter(2, delivery.recipient().personId())
            .setParameter(3, delivery.key().code())
            .setParameter(4, delivery.channel().name())
            .setParameter(5, LocalDateTime.ofInstant(Instant.now(), ZoneOffset.UTC))
            .executeUpdate()
        == 1;
  }

  /**
   * Claims the rows of many deliveries on the transaction's connection, as {@link #claim} does one: a JDBC batch of
   * the same single-row {@code INSERT IGNORE}s, whose update counts say which rows this caller inserted (a native
   * query per row cost most of an inbox chunk's time).
   *
   * @return the deliveries whose row this caller inserted, in their order
   */
  List<Delivery> claimAll(Connection c, List<Delivery> deliveries) throws SQLException {
    LocalDateTime now = LocalDateTime.ofInstant(Instant.now(), ZoneOffset.UTC);
    int[] counts;
    try (PreparedStatement s = c.prepareStatement(CLAIM)) {
      for (Delivery d : deliveries) {
        s.setLong(1, d.obligationId());
        s.setLong(2, d.recipient().personId());
        s.setString(3, d.key().code());
        s.setString(4, d.channel().name());
        s.setObject(5, now);
        s.addBatch();
      }
      counts = s.executeBatch();
    }
    List<Delivery> claimed = new ArrayList<>();
    for (int i = 0; i < counts.length; i++) {
      if (counts[i] == Statement.SUCCESS_NO_INFO) {
        throw new IllegalStateException("The JDBC driver does not say which reminder_log rows it inserted");
      }
      if (counts[i] == 1) {
        claimed.add(deliveries.get(i));
      }
    }
    return claimed;
  }

  /**
   * The {@link Delivery#logKey() keys} among the planned deliveries that were sent before, read in a few queries so
   * that an hourly run with nothing new to say writes nothing.
   */
  Set<String> sentAmong(List<Delivery> planned) {
    Map<String, Set<Long>> obligationsByKey = new LinkedHashMap<>();
    for (Delivery d : planned) {
      obligationsByKey.computeIfAbsent(d.key().code(), k -> new HashSet<>()).add(d.obligationId());
    }
    Set<String> sent = new HashSet<>();
    obligationsByKey.forEach(
        (key, ids) -> {
          List<Long> all = new ArrayList<>(ids);
          for (int from = 0; from < all.size(); from += IDS_PER_QUERY) {
            sent.addAll(sent(key, all.subList(from, Math.min(all.size(), from + IDS_PER_QUERY))));
          }
        });
    return sent;
  }

  private Set<String> sent(String key, List<Long> obligationIds) {
    StringBuilder placeholders = new StringBuilder();
    for (int i = 0; i < obligationIds.size(); i++) {
      placeholders.append(i == 0 ? "" : ",").append('?').append(i + 2);
    }
    Query query =
        em.createNativeQuery(
            "SELECT obligation_id, person_id, channel FROM reminder_log WHERE reminder_key = ?1"
                + " AND obligation_id IN (" + placeholders + ")");
    query.setParameter(1, key);
    for (int i = 0; i < obligationIds.size(); i++) {
      query.setParameter(i + 2, obligationIds.get(i));
    }
    Set<String> sent = new HashSet<>();
    for (Object row : query.getResultList()) {
      Object[] columns = (Object[]) row;
      sent.add(
          Delivery.logKey(
              ((Number) columns[0]).longValue(), ((Number) columns[1]).longValue(), key, (String) columns[2]));
    }
    return sent;
  }
}

package cn.zeren.notification;

import cn.zeren.audit.AuditLog;
import cn.zeren.platform.AccessDeniedException;
import cn.zeren.security.AccessPolicy;
import cn.zeren.security.Actor;
import cn.zeren.security.ActorContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * The signed-in person's inbox (消息): their own messages only, whatever role they act in. A message of someone
 * else is refused exactly like one that does not exist, so ids reveal nothing.
 */
@ApplicationScoped
public class InboxService {
  @PersistenceContext EntityManager em;
  @Inject AccessPolicy access;
  @Inject AuditLog audit;

  /** Unread messages of the person signed in; 0 for anybody else (the menu asks on every page). */
  public long unreadCount() {
    Actor actor = ActorContext.current();
    if (!actor.isAuthenticated()) {
      return 0;
    }
    return em.createQuery(
            "SELECT COUNT(m) FROM InboxMessage m WHERE m.personId = :p AND m.readAt IS NULL", Long.class)
        .setParameter("p", actor.personId())
        .getSingleResult();
  }

  public long count() {
    return em.createQuery("SELECT COUNT(m) FROM InboxMessage m WHERE m.personId = :p", Long.class)
        .setParameter("p", person())
        .getSingleResult();
  }

  /** One page of the person's messages, newest first. */
  public List<InboxItem> page(int first, int size) {
    return em.createQuery(
            "SELECT m FROM InboxMessage m WHERE m.personId = :p ORDER BY m.createdAt DESC, m.id DESC",
            InboxMessage.class)
        .setParameter("p", person())
        .setFirstResult(first)
        .setMaxResults(size)
        .getResultStream()
        .map(InboxItem::of)
        .toList();
  }

  /** Opens one of the person's own messages and marks it read. */
  @Transactional
  public InboxItem open(long messageId) {
    InboxMessage message = em.find(InboxMessage.class, messageId);
    if (message == null || !message.getPersonId().equals(person())) {
      throw new AccessDeniedException("error.accessDenied");
    }
    message.markRead(Instant.now());
    return InboxItem.of(message);
  }

  /**
   * Marks all the person's messages read in one statement — there may be thousands after a long absence — and
   * records that as one audit event, since a bulk update passes by the audit writer.
   */
  @Transactional
  public int markAllRead() {
    long person = person();
    int count =
        em.createQuery(
                "UPDATE InboxMessage m SET m.readAt = :now, m.version = m.version + 1"
                    + " WHERE m.personId = :p AND m.readAt IS NULL")
            .setParameter("now", Instant.now())
            .setParameter("p", person)
            .executeUpdate();
    if (count > 0) {
      audit.record("INBOX_ALL_READ", "InboxMessage", null, Map.of("person", person, "messages", count));
    }
    return count;
  }

  private long person() {
    Actor actor = access.requireSignedIn();
    if (actor.personId() == null) {
      throw new AccessDeniedException("error.accessDenied");
    }
    return actor.personId();
  }
}

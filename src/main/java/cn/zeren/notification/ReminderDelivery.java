package cn.zeren.notification;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.mail.MessagingException;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import jakarta.transaction.Transactional.TxType;

/**
 * Delivers one planned reminder in a transaction of its own: first the sent-log row, then the inbox message or
 * the e-mail. A failure rolls back only this delivery — its log row included, so the next run retries it — and
 * never the deliveries made before it.
 */
@ApplicationScoped
public class ReminderDelivery {
  static final String TOPIC = "OBLIGATION_REMINDER";

  @PersistenceContext EntityManager em;
  @Inject ReminderLog log;
  @Inject ReminderSettings settings;

  /** True when the message was put in the inbox now; false when it was there already. */
  @Transactional(TxType.REQUIRES_NEW)
  public boolean toInbox(Delivery delivery) {
    if (!log.claim(delivery)) {
      return false;
    }
    em.persist(
        new InboxMessage(
            delivery.recipient().personId(), TOPIC, delivery.obligationId(), delivery.message().subject(),
            delivery.message().body(), delivery.link()));
    return true;
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
}

package cn.zeren.notification;

import cn.zeren.security.RoleHolder;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.mail.MessagingException;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * A message to one person about something of another context (an interview, a reply): into their inbox, and by
 * e-mail when the relay is configured and they want e-mail. The inbox message is written in the caller's
 * transaction; a failing relay costs the e-mail only (logged), never the caller's work.
 */
@ApplicationScoped
public class Notices {
  private static final Logger LOG = Logger.getLogger(Notices.class.getName());

  @PersistenceContext EntityManager em;
  @Inject Mailer mailer;
  @Inject ReminderSettings settings;

  /**
   * @param topic what the message is about, e.g. {@code INTERVIEW}
   * @param referenceId the id of that subject in its own context
   * @param link a page of the portal, e.g. {@code /interview.xhtml?id=3}
   */
  @Transactional
  public void send(RoleHolder recipient, String topic, long referenceId, String subject, String body, String link) {
    em.persist(new InboxMessage(recipient.personId(), topic, referenceId, subject, body, link));
    if (!mailer.enabled() || !recipient.wantsEmail()) {
      return;
    }
    try (Outbox outbox = mailer.open()) {
      outbox.send(
          recipient.email(), subject,
          ReminderText.emailBody(new ReminderText.Message(subject, body), settings.pageUrl(link)));
    } catch (MessagingException e) {
      LOG.log(Level.WARNING, "E-mail to person " + recipient.personId() + " about " + topic + " failed", e);
    }
  }
}

package cn.zeren.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.zeren.directory.OrganisationService;
import cn.zeren.directory.PersonService;
import cn.zeren.it.support.Deployments;
import cn.zeren.it.support.SmtpSink;
import cn.zeren.it.support.TestUnits;
import cn.zeren.notification.InboxItem;
import cn.zeren.notification.InboxService;
import cn.zeren.notification.ReminderJob;
import cn.zeren.notification.Reminders;
import cn.zeren.obligation.ObligationGenerator;
import cn.zeren.organisation.Organisation;
import cn.zeren.organisation.OrganisationKind;
import cn.zeren.organisation.Person;
import cn.zeren.security.Actor;
import cn.zeren.security.ActorContext;
import cn.zeren.security.ActorResolver;
import cn.zeren.security.PersonalSettings;
import cn.zeren.security.Role;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Callable;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Reminders inside Payara Micro on MariaDB, delivered by e-mail to a real SMTP server on the loopback (the portal
 * is configured for it in pom.xml: ZEREN_MAIL_HOST/PORT, scheduled runs off so that only this test's clock runs):
 * five days before the due date, again the day before, when overdue also to the level above; never twice — the
 * sent-log lives in the database, so a second run, like a restarted or second node, finds every reminder sent.
 * The township of the first test lies in a county of its own whose commission reviewer, with an e-mail address, is
 * the level above: overdue items of the whole shared database would otherwise escalate to one mailbox at the city
 * (about 6,000 e-mails a test, each its own transaction — most of the class's time).
 */
@ExtendWith(ArquillianExtension.class)
class RemindersIT {
  private static final int SMTP_PORT = Integer.parseInt(System.getenv().getOrDefault("ZEREN_MAIL_PORT", "9125"));

  @Deployment
  static WebArchive deployment() {
    return Deployments.portalWith(RemindersIT.class, SmtpSink.class, SmtpSink.Mail.class);
  }

  @Inject ReminderJob job;
  @Inject ObligationGenerator generator;
  @Inject OrganisationService organisations;
  @Inject PersonService people;
  @Inject InboxService inbox;
  @Inject PersonalSettings settings;
  @Inject ActorResolver actors;

  @Test
  void remindersReachTheClerkByMailOnceAndOverdueOnesTheLevelAbove() throws Exception {
    String tag = UUID.randomUUID().toString().substring(0, 8);
    Organisation county = newUnit("提醒测试县" + tag, OrganisationKind.CITY, rootId());
    Organisation unit = newUnit("提醒测试镇" + tag, OrganisationKind.TOWNSHIP, county.getId());
    String clerkMail = "clerk-" + tag + "@example.gov.cn";
    String reviewerMail = "reviewer-" + tag + "@example.gov.cn";
    newPerson("提醒办事员", unit.getId(), clerkMail, "rc" + tag, Role.UNIT_CLERK);
    newPerson("提醒审核员", county.getId(), reviewerMail, "rr" + tag, Role.COMMISSION_REVIEWER);
    as(Actor.system(), () -> generator.generate(2026));

    try (SmtpSink smtp = SmtpSink.start(SMTP_PORT)) {
      Reminders.Summary fiveDaysBefore = job.runAt(Instant.parse("2026-03-26T01:00:00Z"));
      assertEquals(0, fiveDaysBefore.failed(), "" + fiveDaysBefore);
      List<SmtpSink.Mail> toClerk = smtp.to(clerkMail);
      assertTrue(
          toClerk.stream().anyMatch(m -> m.subject().contains("2026-03-31") && m.subject().contains("提醒测试镇")),
          "YW-6.1 and the quarter's duties due 31 March: " + subjects(toClerk));
      assertTrue(toClerk.stream().anyMatch(m -> m.body().contains("YW-6.1")), "the mail cites the rule");
      assertTrue(
          smtp.to(reviewerMail).stream()
              .noneMatch(m -> m.subject().contains("2026-03-31") && m.subject().contains("提醒测试镇")),
          "nothing is overdue for 31 March yet, so the county above hears nothing of the township's duties: "
              + subjects(smtp.to(reviewerMail)));

      int sent = smtp.received().size();
      Reminders.Summary again = job.runAt(Instant.parse("2026-03-26T03:00:00Z"));
      assertEquals(0, again.inbox() + again.email(), "the same day again sends nothing: " + again);
      assertEquals(sent, smtp.received().size());

      job.runAt(Instant.parse("2026-04-01T00:30:00Z"));
      List<SmtpSink.Mail> escalated = smtp.to(reviewerMail);
      assertTrue(
          escalated.stream().anyMatch(m -> m.subject().contains("提醒测试镇") && m.body().contains("已逾期")),
          "overdue on 1 April reaches the commission above: " + subjects(escalated));
    }

    long unreadBefore = as(actorOf("rc" + tag), inbox::count);
    assertTrue(unreadBefore > 0, "the inbox got the reminders too");
    List<InboxItem> latest = as(actorOf("rc" + tag), () -> inbox.page(0, 50));
    assertTrue(
        latest.stream()
            .anyMatch(m -> m.subject().contains("提醒测试镇" + tag) && m.body().contains("YW-")
                && "/tasks.xhtml".equals(m.link()) && m.receivedAt() != null && !m.read()),
        "the clerk's inbox shows the township's reminders, unread, pointing to my tasks: " + latest);
    as(actorOf("rc" + tag), () -> {
      settings.setEmailNotifications(false);
      return null;
    });
    try (SmtpSink smtp = SmtpSink.start(SMTP_PORT)) {
      job.runAt(Instant.parse("2026-04-08T01:00:00Z"));
      assertTrue(smtp.to(clerkMail).isEmpty(), "e-mail turned off: " + subjects(smtp.to(clerkMail)));
    }
    assertTrue(as(actorOf("rc" + tag), inbox::count) > unreadBefore, "the inbox cannot be turned off");
  }

  @Test
  void aMailRelayThatIsDownIsTriedAgainWithoutDuplicatingTheInbox() throws Exception {
    String tag = UUID.randomUUID().toString().substring(0, 8);
    Organisation unit = newUnit("重试测试镇" + tag, OrganisationKind.TOWNSHIP, rootId());
    String clerkMail = "retry-" + tag + "@example.gov.cn";
    newPerson("重试办事员", unit.getId(), clerkMail, "rt" + tag, Role.UNIT_CLERK);
    as(Actor.system(), () -> generator.generate(2026));

    Reminders.Summary down = job.runAt(Instant.parse("2026-06-26T01:00:00Z"));
    assertTrue(down.failed() > 0, "no relay listening: " + down);
    long inboxAfterFirst = as(actorOf("rt" + tag), inbox::count);
    try (SmtpSink smtp = SmtpSink.start(SMTP_PORT)) {
      Reminders.Summary retried = job.runAt(Instant.parse("2026-06-26T02:00:00Z"));
      assertFalse(smtp.to(clerkMail).isEmpty(), "the failed mails are sent now: " + retried);
      assertEquals(0, retried.inbox(), "the inbox had them already");
    }
    assertEquals(inboxAfterFirst, as(actorOf("rt" + tag), inbox::count));
  }

  // ---- helpers ----

  private Organisation newUnit(String name, OrganisationKind kind, long parentId) throws Exception {
    Organisation draft = TestUnits.draft(TestUnits.code("RM"), name, kind);
    return as(Actor.system(), () -> organisations.create(draft, parentId));
  }

  private long rootId() throws Exception {
    return as(Actor.system(), organisations::root).getId();
  }

  private Person newPerson(String name, long orgId, String email, String username, Role role) throws Exception {
    Person person = new Person();
    person.setName(name);
    person.setEmail(email);
    person.setOrganisation(as(Actor.system(), () -> organisations.get(orgId)));
    Person created = as(Actor.system(), () -> people.create(person));
    as(Actor.system(), () -> {
      people.createAccount(created.getId(), username, "Test-password-2026".toCharArray());
      return people.assignRole(created.getId(), orgId, role);
    });
    return created;
  }

  private Actor actorOf(String username) {
    return actors.resolve(username, null, "127.0.0.1");
  }

  private static List<String> subjects(List<SmtpSink.Mail> mails) {
    return mails.stream().map(SmtpSink.Mail::subject).toList();
  }

  private static <T> T as(Actor actor, Callable<T> work) throws Exception {
    return ActorContext.callAs(actor, work);
  }
}

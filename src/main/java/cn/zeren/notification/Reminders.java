package cn.zeren.notification;

import cn.zeren.audit.AuditLog;
import cn.zeren.calendar.Deadlines;
import cn.zeren.obligation.Obligation;
import cn.zeren.obligation.ObligationAction;
import cn.zeren.obligation.ObligationService;
import cn.zeren.platform.AccessDeniedException;
import cn.zeren.platform.i18n.Texts;
import cn.zeren.rules.ObligationRule;
import cn.zeren.rules.Owner;
import cn.zeren.rules.RulePackRegistry;
import cn.zeren.security.AccessPolicy;
import cn.zeren.security.Role;
import cn.zeren.security.RoleHolder;
import cn.zeren.security.RoleHolders;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.mail.MessagingException;
import jakarta.mail.SendFailedException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * One reminder run (履责提醒): for every open obligation whose reminder applies today (see
 * {@link ReminderSchedule}) it tells the people who carry it — the holders of the roles that carry its owner in its
 * unit, and for a team member's obligation only the holder of that post, as on "my tasks" — and, once it is
 * overdue, also the people of the level above who oversee obligations at the parent organisation. Each person gets
 * an inbox message and, if they want it and e-mail is configured, an e-mail; the sent-log makes every delivery
 * happen once.
 */
@ApplicationScoped
public class Reminders {
  static final String TASKS_PAGE = "/tasks.xhtml";
  static final String COMPLIANCE_PAGE = "/compliance.xhtml";
  private static final Logger LOG = Logger.getLogger(Reminders.class.getName());
  private static final Set<Role> OVERSEERS = overseeingRoles();

  @Inject ObligationService obligations;
  @Inject RulePackRegistry rules;
  @Inject RoleHolders holders;
  @Inject ReminderSettings settings;
  @Inject ReminderLog log;
  @Inject ReminderDelivery delivery;
  @Inject Mailer mailer;
  @Inject AuditLog audit;
  @Inject AccessPolicy access;

  /** What a run did on a Beijing day: messages put in inboxes, e-mails sent, e-mails that failed (retried). */
  public record Summary(LocalDate day, int inbox, int email, int failed) {
    boolean isEmpty() {
      return inbox + email + failed == 0;
    }
  }

  /**
   * Sends the reminders due on the Beijing day of {@code now}. Only the system sends them: they go to other people's
   * inboxes, which no signed-in person may write to.
   */
  public Summary run(Instant now) {
    if (!access.actor().isSystem()) {
      throw new AccessDeniedException("error.accessDenied");
    }
    long started = System.nanoTime();
    LocalDate today = LocalDate.ofInstant(now, Deadlines.BEIJING);
    List<Delivery> planned = plan(settings.schedule(), today);
    Set<String> sentBefore = log.sentAmong(planned);
    List<Delivery> due = planned.stream().filter(d -> !sentBefore.contains(d.logKey())).toList();
    Summary summary = deliver(today, due);
    LOG.info(
        () -> "Reminders " + today + ": " + planned.size() + " applicable, " + summary.inbox()
            + " new to inboxes, " + summary.email() + " e-mails, " + summary.failed()
            + " e-mails failed (retried next run); " + (System.nanoTime() - started) / 1_000_000 + " ms");
    if (!summary.isEmpty()) {
      audit.record(
          "REMINDERS_SENT", "Reminder", today,
          Map.of("inbox", summary.inbox(), "email", summary.email(), "failed", summary.failed()));
    }
    return summary;
  }

  private List<Delivery> plan(ReminderSchedule schedule, LocalDate today) {
    Map<String, List<RoleHolder>> holdersCache = new HashMap<>();
    List<Delivery> planned = new ArrayList<>();
    for (Obligation obligation : obligations.openDueBy(today.plusDays(schedule.horizonDays()))) {
      schedule
          .applicable(obligation.getDueDate(), today)
          .ifPresent(key -> planned.addAll(deliveries(obligation, key, today, holdersCache)));
    }
    return planned;
  }

  private List<Delivery> deliveries(
      Obligation obligation, ReminderKey key, LocalDate today, Map<String, List<RoleHolder>> cache) {
    Map<Long, RoleHolder> carriers = new LinkedHashMap<>();
    carriers(obligation, cache).forEach(h -> carriers.putIfAbsent(h.personId(), h));
    Map<Long, RoleHolder> overseers = new LinkedHashMap<>();
    if (key.overdue()) {
      overseers(obligation, cache).stream()
          .filter(h -> !carriers.containsKey(h.personId()))
          .forEach(h -> overseers.putIfAbsent(h.personId(), h));
    }
    ReminderFacts facts = facts(obligation);
    List<Delivery> planned = new ArrayList<>();
    carriers.values().forEach(h -> add(planned, obligation, key, h, facts, today, false));
    overseers.values().forEach(h -> add(planned, obligation, key, h, facts, today, true));
    return planned;
  }

  private void add(List<Delivery> planned, Obligation obligation, ReminderKey key, RoleHolder recipient,
      ReminderFacts facts, LocalDate today, boolean overseer) {
    ReminderText.Message message = ReminderText.compose(facts, today, recipient.name(), overseer);
    String link = overseer ? COMPLIANCE_PAGE : TASKS_PAGE;
    planned.add(new Delivery(obligation.getId(), recipient, key, Channel.INBOX, message, link));
    if (mailer.enabled() && recipient.wantsEmail()) {
      planned.add(new Delivery(obligation.getId(), recipient, key, Channel.EMAIL, message, link));
    }
  }

  /** As "my tasks" shows them: the carrying roles at the unit; for a team member's task, that member only. */
  private List<RoleHolder> carriers(Obligation obligation, Map<String, List<RoleHolder>> cache) {
    long unit = obligation.getOrganisation().getId();
    List<RoleHolder> all = holders(unit, obligations.carriedBy(obligation.getOwner()), cache);
    if (obligation.getOwner() != Owner.TEAM_MEMBER) {
      return all;
    }
    Long member =
        obligation.getOwnerPosition() == null ? null : obligation.getOwnerPosition().getPerson().getId();
    return all.stream().filter(h -> member != null && h.personId() == member).toList();
  }

  private List<RoleHolder> overseers(Obligation obligation, Map<String, List<RoleHolder>> cache) {
    return parentOf(obligation).map(parent -> holders(parent, OVERSEERS, cache)).orElse(List.of());
  }

  private List<RoleHolder> holders(long organisationId, Set<Role> roles, Map<String, List<RoleHolder>> cache) {
    return cache.computeIfAbsent(organisationId + "|" + roles, k -> holders.at(organisationId, roles));
  }

  private static Optional<Long> parentOf(Obligation obligation) {
    List<Long> path = obligation.getOrganisation().pathIds();
    return path.size() < 2 ? Optional.empty() : Optional.of(path.get(path.size() - 2));
  }

  private ReminderFacts facts(Obligation obligation) {
    Optional<ObligationRule> rule = rules.active().rule(obligation.getRuleId());
    String owner = Texts.zh("owner." + obligation.getOwner());
    if (obligation.getOwnerPosition() != null) {
      owner += "（" + obligation.getOwnerPosition().getPerson().getName() + "）";
    }
    return new ReminderFacts(
        obligation.getRuleId(),
        rule.map(ObligationRule::article).orElse(""),
        rule.map(ObligationRule::title).orElse(obligation.getRuleId()),
        obligation.getOrganisation().getName(),
        owner,
        obligation.getPeriodKey(),
        obligation.getDueDate(),
        obligation.getDueAt());
  }

  /**
   * Inbox messages first, in chunks of a transaction each; then the e-mails one by one. When the relay fails, the
   * rest of the run's e-mails are left for the next run instead of each waiting for a timeout; an address the relay
   * refuses only fails its own e-mail.
   */
  private Summary deliver(LocalDate today, List<Delivery> due) {
    int inbox = toInboxes(today, due.stream().filter(d -> d.channel() == Channel.INBOX).toList());
    int email = 0;
    int failed = 0;
    boolean relayUp = true;
    try (Outbox outbox = mailer.open()) {
      for (Delivery d : due) {
        if (d.channel() != Channel.EMAIL) {
          continue;
        }
        if (!relayUp) {
          failed++;
          continue;
        }
        try {
          email += delivery.byEmail(d, outbox) ? 1 : 0;
        } catch (MessagingException e) {
          failed++;
          if (addressRefused(e)) {
            LOG.warning(() -> "Reminder e-mail to person " + d.recipient().personId() + " refused: " + e);
          } else {
            relayUp = false;
            LOG.log(Level.WARNING, "Mail relay unavailable; the remaining e-mails wait for the next run", e);
          }
        }
      }
    }
    return new Summary(today, inbox, email, failed);
  }

  private int toInboxes(LocalDate today, List<Delivery> due) {
    int written = 0;
    for (int from = 0; from < due.size(); from += ReminderDelivery.INBOX_CHUNK) {
      int to = Math.min(due.size(), from + ReminderDelivery.INBOX_CHUNK);
      written += delivery.toInbox(due.subList(from, to), today);
    }
    return written;
  }

  /** The relay refused this recipient's address (and would refuse it again), but is otherwise working. */
  private static boolean addressRefused(MessagingException e) {
    return e instanceof SendFailedException refused
        && refused.getInvalidAddresses() != null
        && refused.getInvalidAddresses().length > 0;
  }

  /**
   * The supervisors of the level above: roles that oversee obligations, but not the system administrator, who
   * may look at every unit yet supervises none (and would otherwise receive every overdue item of the city).
   */
  private static Set<Role> overseeingRoles() {
    Set<Role> roles = EnumSet.noneOf(Role.class);
    for (Role role : Role.values()) {
      if (ObligationAction.OVERSEE.allows(role) && role != Role.SYSTEM_ADMIN) {
        roles.add(role);
      }
    }
    return roles;
  }
}

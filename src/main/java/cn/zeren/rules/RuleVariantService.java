package cn.zeren.rules;

import cn.zeren.audit.AuditLog;
import cn.zeren.directory.OrganisationService;
import cn.zeren.platform.ConcurrentChangeException;
import cn.zeren.platform.DomainException;
import cn.zeren.platform.NotFoundException;
import cn.zeren.security.AccessPolicy;
import cn.zeren.security.ActorContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.PersistenceException;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * The administrator's switch of a locality variant (e.g. inspection by JDZ's or by ZZ's measures): authorised
 * ({@link RulesAction#MANAGE}), concurrency-safe on the group's row, audited with the packs and versions before and
 * after. The switch changes which rules later generation and later events use; instances already generated keep
 * the rule, deadline and pack version they were made from.
 */
@ApplicationScoped
public class RuleVariantService {
  @PersistenceContext EntityManager em;
  @Inject RulePackRegistry registry;
  @Inject AccessPolicy access;
  @Inject OrganisationService organisations;
  @Inject AuditLog audit;
  @Inject Event<RuleVariantSwitched> switched;

  /** Whether the acting role may switch variants (the page offers the switch only then; {@link #choose} checks). */
  public boolean mayChoose() {
    return access.permits(RulesAction.MANAGE, organisations.root());
  }

  /** The stored choice of a group, if an administrator ever made one (its version guards the next switch). */
  public Optional<RuleVariantChoice> choice(String group) {
    return Optional.ofNullable(em.find(RuleVariantChoice.class, group));
  }

  /**
   * The group's pack in force as the stored choice says (the default option when none was made or the chosen pack
   * is no longer shipped) — not this node's registry, which on a cluster may lag a minute behind another node's
   * switch.
   */
  public RulePack inForce(String group) {
    return inForce(registry.packs(), group, em.find(RuleVariantChoice.class, group));
  }

  private static RulePack inForce(PackSet packs, String group, RuleVariantChoice choice) {
    return choice == null
        ? packs.defaultOption(group)
        : packs.option(group, choice.getPackId()).orElse(packs.defaultOption(group));
  }

  /**
   * Puts the group's pack {@code packId} in force. {@code expectedVersion} is the version of the group's choice the
   * administrator saw (-1 when there was none); a switch made meanwhile by someone else is refused, losing nothing.
   */
  @Transactional
  public RuleVariantChoice choose(String group, String packId, long expectedVersion) {
    access.require(RulesAction.MANAGE, organisations.root());
    PackSet packs = registry.packs();
    if (!packs.groupKeys().contains(group)) {
      throw new NotFoundException("variantGroup", group);
    }
    RulePack to = packs.option(group, packId)
        .orElseThrow(() -> DomainException.onField("packId", "rules.variant.unknownPack", packId, group));
    RuleVariantChoice choice = em.find(RuleVariantChoice.class, group);
    ConcurrentChangeException.check(expectedVersion, choice == null ? -1 : choice.getVersion());
    RulePack from = inForce(packs, group, choice);
    if (from.id().equals(to.id())) {
      throw DomainException.onField("packId", "rules.variant.alreadyActive", to.title());
    }
    if (choice == null) {
      choice = new RuleVariantChoice(group);
      em.persist(choice);
    }
    choice.choose(to.id(), ActorContext.current().username(), Instant.now());
    try {
      em.flush();
    } catch (PersistenceException e) {
      // Two first choices at once both insert the group's row, two switches both update its version: the later
      // one loses, is rolled back whole, and is told to reload.
      throw new ConcurrentChangeException();
    }
    Map<String, Object> details = new LinkedHashMap<>();
    details.put("group", group);
    details.put("from", from.id() + " " + from.version());
    details.put("to", to.id() + " " + to.version());
    audit.record("RULE_VARIANT_SWITCHED", "RuleVariantChoice", group, details);
    switched.fire(new RuleVariantSwitched(group, from.id(), to.id()));
    return choice;
  }
}

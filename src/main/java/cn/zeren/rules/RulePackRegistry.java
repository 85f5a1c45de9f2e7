package cn.zeren.rules;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Priority;
import jakarta.ejb.Lock;
import jakarta.ejb.LockType;
import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.logging.Logger;
import java.util.stream.Collectors;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The locality's packs, read and validated at start-up, and the regulation in force: the shipped Yiwu work rules
 * and inspection measures unless {@code zeren.rules.packs} lists a locality's own files. An invalid pack, or two
 * packs that could be in force together and define the same rule or section, stop the deployment with every fault
 * listed in the log. Which pack of a variant group is in force is the administrator's choice, kept in the database
 * (read on first use, re-read every minute so every node of a cluster follows a switch).
 */
@Startup
@Singleton
@Lock(LockType.READ)
@TransactionAttribute(TransactionAttributeType.SUPPORTS)
public class RulePackRegistry {
  static final String SHIPPED = "classpath:rules/yiwu-2015.json,classpath:rules/jdz-inspection.json,"
      + "classpath:rules/zz-inspection.json,classpath:rules/xc-inspection.json";
  private static final Logger LOG = Logger.getLogger(RulePackRegistry.class.getName());

  @Inject
  @ConfigProperty(name = "zeren.rules.packs", defaultValue = SHIPPED)
  List<String> locations;

  /** Every context's section of the pack (each context contributes its own {@link RuleSection} bean). */
  @Inject @Any Instance<RuleSection<?>> sections;

  @PersistenceContext EntityManager em;

  private PackSet packs;
  private volatile Map<String, String> choices;
  private volatile Regulation active;

  @PostConstruct
  void load() {
    List<RuleSection<?>> deployed = sections.stream().toList();
    packs = new PackSet(locations.stream().map(String::trim).filter(l -> !l.isEmpty())
        .map(l -> RulePackReader.read(read(l), l, deployed)).toList());
    LOG.info(() -> "Rule packs " + packs.packs().stream().map(p -> p.id() + " " + p.version()).toList()
        + " with variant groups " + packs.groupKeys() + " and " + deployed.size() + " sections");
  }

  /** The regulation in force. */
  public Regulation active() {
    Regulation current = active;
    if (current == null) {
      current = refreshed();
    }
    return current;
  }

  /**
   * A rule by its id: the one in force, else the rule of a configured pack no longer in force (an instance made
   * before a variant switch still shows its title and article).
   */
  public Optional<ObligationRule> anyRule(String ruleId) {
    Optional<ObligationRule> inForce = active().rule(ruleId);
    return inForce.isPresent()
        ? inForce
        : packs.packs().stream().flatMap(p -> p.rule(ruleId).stream()).findFirst();
  }

  /** Every configured pack, with the variant groups (for the administrator's page and the switch's preview). */
  public PackSet packs() {
    return packs;
  }

  /** The pack each variant group uses now (group → pack id). */
  public Map<String, String> choices() {
    active();
    return choices;
  }

  /** The regulation the given choice of one group would put in force, the others unchanged. */
  public Regulation withChoice(String group, String packId) {
    Map<String, String> next = new HashMap<>(choices());
    next.put(group, packId);
    return packs.compose(next);
  }

  /** Another node may have switched a variant: follow it within a minute. */
  @Schedule(hour = "*", minute = "*", persistent = false)
  void follow() {
    if (active != null) {
      refreshed();
    }
  }

  /** A switch committed on this node is in force here at once. */
  public void switched(
      @Observes(during = TransactionPhase.AFTER_SUCCESS) @Priority(100) RuleVariantSwitched event) {
    refreshed();
  }

  private synchronized Regulation refreshed() {
    Map<String, String> stored =
        em.createQuery("SELECT c FROM RuleVariantChoice c", RuleVariantChoice.class).getResultList().stream()
            .collect(Collectors.toMap(RuleVariantChoice::getGroup, RuleVariantChoice::getPackId));
    Map<String, String> now = packs.groupKeys().stream()
        .collect(Collectors.toMap(g -> g, g -> packs.chosen(g, stored).id()));
    stored.forEach((group, packId) -> {
      if (!packId.equals(now.get(group)) && active == null) {
        LOG.warning(() -> "The administrator chose the pack " + packId + " for " + group
            + ", which the configuration no longer lists; in force instead: " + now.get(group));
      }
    });
    if (active == null || !Objects.equals(now, choices)) {
      Regulation next = packs.compose(now);
      choices = Map.copyOf(now);
      active = next;
      LOG.info(() -> "Regulation in force: " + next.packs().stream().map(p -> p.id() + " " + p.version()).toList());
    }
    return active;
  }

  static String read(String location) {
    try {
      if (location.startsWith("classpath:")) {
        try (InputStream in =
            RulePackRegistry.class.getClassLoader().getResourceAsStream(location.substring(10))) {
          if (in == null) {
            throw new IllegalStateException("Rule pack not found: " + location);
          }
          return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
      }
      return Files.readString(Path.of(location), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException("Rule pack cannot be read: " + location, e);
    }
  }
}

package cn.zeren.inspection;

import cn.zeren.audit.AuditLog;
import cn.zeren.directory.OrganisationService;
import cn.zeren.inspection.draw.Candidate;
import cn.zeren.inspection.draw.Declaration;
import cn.zeren.inspection.draw.Draw;
import cn.zeren.inspection.draw.DrawInput;
import cn.zeren.inspection.draw.DrawJson;
import cn.zeren.inspection.draw.DrawOutcome;
import cn.zeren.inspection.draw.DrawTarget;
import cn.zeren.inspection.draw.Exclusion;
import cn.zeren.inspection.draw.GroupResult;
import cn.zeren.inspection.draw.GroupSlot;
import cn.zeren.inspection.draw.Lottery;
import cn.zeren.inspection.draw.Tenure;
import cn.zeren.organisation.Organisation;
import cn.zeren.organisation.OrganisationKind;
import cn.zeren.organisation.Person;
import cn.zeren.organisation.Position;
import cn.zeren.platform.AccessDeniedException;
import cn.zeren.platform.ConcurrentChangeException;
import cn.zeren.platform.DomainException;
import cn.zeren.platform.NotFoundException;
import cn.zeren.security.AccessPolicy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The draw by lot that staffs a round (ZZ-6: 人选库, 一次一授权, 随机抽签), with avoidance (ZZ-16, JDZ-13), made so that
 * it stands up to a complaint that it was rigged:
 *
 * <ol>
 *   <li><b>Seal</b>: the candidates of both pools with their avoidance facts, the targets, the groups and the pack's
 *       avoidance rules are frozen as canonical JSON (its SHA-256 digest recorded), and a fresh random seed is
 *       generated whose SHA-256 <i>commitment</i> is recorded and audited — the seed itself stays secret.
 *   <li><b>Draw</b>: the office may add a witness phrase typed in front of those present; the final seed is derived
 *       from the committed seed and that phrase, so nobody — not the server either — could have chosen a seed that
 *       suits a result. The seed is revealed, the outcome recorded, the groups staffed from it.
 *   <li><b>Replay</b>: {@link #verify} (and anyone with the record and docs/draw.md) recomputes digest, commitment,
 *       final seed and outcome from the record alone.
 *   <li><b>Redraw</b> only with a recorded reason; the previous draw stays in the record, marked superseded.
 * </ol>
 */
@ApplicationScoped
public class DrawService {
  private static final SecureRandom RANDOM = new SecureRandom();
  private static final int REASON_MAX = 500;
  private static final int WITNESS_MAX = 200;
  private static final int MEMBERS_MAX = 10;

  @PersistenceContext EntityManager em;
  @Inject AccessPolicy access;
  @Inject OrganisationService organisations;
  @Inject RoundService rounds;
  @Inject InspectionRules rules;
  @Inject AuditLog audit;
  @Inject Clock clock;

  /**
   * What replaying a draw from its record found.
   *
   * @param audited the digest and the commitment are the ones the append-only audit trail recorded at sealing, so
   *     the record was not rewritten as a whole (new input, new seed, new outcome) behind the portal's back
   */
  public record Verification(boolean inputDigest, boolean commitment, boolean finalSeed, boolean outcome,
      boolean drawn, boolean audited) {
    public boolean ok() {
      return audited && inputDigest && (!drawn || (commitment && finalSeed && outcome));
    }
  }

  // ---- reading ----

  /** The round's draws, first to last, as the caller may see the round. */
  public List<InspectionDraw> draws(long roundId) {
    InspectionRound round = rounds.get(roundId);
    return em.createQuery("SELECT d FROM InspectionDraw d WHERE d.round = :r ORDER BY d.seq", InspectionDraw.class)
        .setParameter("r", round)
        .getResultList();
  }

  public InspectionDraw get(long drawId) {
    InspectionDraw draw = em.find(InspectionDraw.class, drawId);
    if (draw == null) {
      if (rounds.maySeeAll()) {
        throw new NotFoundException("inspection.draw", drawId);
      }
      throw new AccessDeniedException("error.accessDenied");
    }
    rounds.get(draw.getRound().getId());
    return draw;
  }

  public DrawInput input(InspectionDraw draw) {
    return DrawJson.readInput(draw.getInputJson());
  }

  /** The recorded outcome of a drawn (or superseded) draw, or null while it is sealed. */
  public DrawOutcome outcome(InspectionDraw draw) {
    return draw.getOutcomeJson() == null ? null : DrawJson.readOutcome(draw.getOutcomeJson());
  }

  /**
   * Who avoidance keeps away from which target, for the sealed input: shown before the draw, so that the office sees
   * who was excluded and why before anyone is drawn.
   */
  public List<Exclusion> exclusions(InspectionDraw draw) {
    DrawOutcome outcome = outcome(draw);
    if (outcome != null) {
      return outcome.exclusions();
    }
    return Draw.exclusions(input(draw));
  }

  /** Replays the draw from its record alone. */
  public Verification verify(long drawId) {
    InspectionDraw draw = get(drawId);
    boolean digest = DrawJson.digest(draw.getInputJson()).equals(draw.getInputDigest());
    boolean audited = em.createQuery(
            "SELECT e.changes FROM AuditEntry e WHERE e.action = 'INSPECTION_DRAW_SEALED'"
                + " AND e.entityType = 'InspectionDraw' AND e.entityId = :id",
            String.class)
        .setParameter("id", String.valueOf(draw.getId()))
        .getResultList()
        .stream()
        .anyMatch(c -> c != null && c.contains(draw.getCommitment()) && c.contains(draw.getInputDigest()));
    if (draw.getOutcomeJson() == null) {
      return new Verification(digest, true, true, true, false, audited);
    }
    String seed = draw.getRevealedSeed();
    boolean commitment = Lottery.commitment(seed).equals(draw.getCommitment());
    String finalSeed = Lottery.finalSeed(seed, draw.getWitness());
    boolean finalMatches = finalSeed.equals(draw.getFinalSeed());
    DrawOutcome replayed = Draw.run(DrawJson.readInput(draw.getInputJson()), finalSeed);
    boolean outcome = DrawJson.outcome(replayed).equals(draw.getOutcomeJson());
    return new Verification(digest, commitment, finalMatches, outcome, true, audited);
  }

  // ---- writing ----

  /**
   * Seals a draw for the round: freezes the candidates, facts and targets and commits to a secret seed.
   *
   * @param membersPerGroup how many members of the talent pool each group gets by lot (0: leaders only)
   */
  @Transactional
  public InspectionDraw seal(long roundId, int membersPerGroup) {
    access.require(InspectionAction.MANAGE, organisations.root());
    InspectionRound round = em.find(InspectionRound.class, roundId, LockModeType.PESSIMISTIC_WRITE);
    if (round == null) {
      throw new NotFoundException("inspection.round", roundId);
    }
    if (membersPerGroup < 0 || membersPerGroup > MEMBERS_MAX) {
      throw DomainException.onField("membersPerGroup", "inspection.draw.membersPerGroup.range",
          String.valueOf(MEMBERS_MAX));
    }
    List<InspectionDraw> previous = draws(roundId);
    if (previous.stream().anyMatch(d -> d.getState() == DrawState.SEALED)) {
      throw DomainException.onField("seal", "inspection.draw.alreadySealed");
    }
    if (previous.stream().anyMatch(d -> d.getState() == DrawState.DRAWN)) {
      throw DomainException.onField("seal", "inspection.draw.alreadyDrawn");
    }
    LocalDate today = LocalDate.now(clock);
    List<Candidate> leaders = candidates(PoolKind.LEADER);
    if (leaders.isEmpty()) {
      throw DomainException.onField("seal", "inspection.draw.noLeaders");
    }
    List<Candidate> members = membersPerGroup == 0 ? List.of() : candidates(PoolKind.TALENT);
    List<GroupSlot> slots = rounds.groupsOf(round).stream()
        .map(g -> new GroupSlot(g.getKey(), g.getName(), List.of()))
        .toList();
    List<DrawTarget> targets = rounds.targets(roundId).stream().map(t -> target(t.getOrganisation())).toList();
    DrawInput input = new DrawInput(today, rules.avoidance(), slots, targets, leaders, members, membersPerGroup, true);
    String canonical = DrawJson.canonical(input);
    String seed = Lottery.newSeed(RANDOM);
    int seq = previous.size() + 1;
    InspectionDraw draw = new InspectionDraw(round, seq, rules.drawRuleId().orElse(null), canonical,
        DrawJson.digest(canonical), seed, Lottery.commitment(seed), access.actor().displayName(), Instant.now(clock));
    em.persist(draw);
    em.flush();
    Map<String, Object> details = new LinkedHashMap<>();
    details.put("round", round.getName());
    details.put("seq", seq);
    details.put("inputDigest", draw.getInputDigest());
    details.put("commitment", draw.getCommitment());
    details.put("leaders", leaders.size());
    details.put("members", members.size());
    details.put("rule", String.valueOf(draw.getRuleId()));
    audit.record("INSPECTION_DRAW_SEALED", "InspectionDraw", draw.getId(), details);
    return draw;
  }

  /** Draws: reveals the seed, records the outcome and staffs the round's groups from it. */
  @Transactional
  public InspectionDraw perform(long drawId, long expectedVersion, String witness) {
    access.require(InspectionAction.MANAGE, organisations.root());
    InspectionDraw draw = lockedDraw(drawId);
    ConcurrentChangeException.check(expectedVersion, draw.getVersion());
    if (draw.getState() != DrawState.SEALED) {
      throw DomainException.onField("perform", "inspection.draw.notSealed");
    }
    String phrase = witness == null || witness.isBlank() ? null : witness.strip();
    if (phrase != null && phrase.length() > WITNESS_MAX) {
      throw DomainException.onField("witness", "inspection.draw.witness.size", String.valueOf(WITNESS_MAX));
    }
    String finalSeed = Lottery.finalSeed(draw.secretSeed(), phrase);
    DrawOutcome outcome = Draw.run(DrawJson.readInput(draw.getInputJson()), finalSeed);
    draw.drawn(phrase, finalSeed, DrawJson.outcome(outcome), access.actor().displayName(), Instant.now(clock));
    InspectionRound round = draw.getRound();
    staff(round, outcome);
    round.setState(outcome.problems().isEmpty() ? RoundState.STAFFED : RoundState.PLANNED);
    em.flush();
    Map<String, Object> details = new LinkedHashMap<>();
    details.put("round", round.getName());
    details.put("seq", draw.getSeq());
    details.put("seed", draw.getRevealedSeed());
    details.put("witness", String.valueOf(phrase));
    details.put("finalSeed", finalSeed);
    details.put("outcomeDigest", DrawJson.digest(draw.getOutcomeJson()));
    details.put("problems", outcome.problems());
    audit.record("INSPECTION_DRAW_PERFORMED", "InspectionDraw", draw.getId(), details);
    return draw;
  }

  /** Withdraws a sealed draw before it is drawn (the candidates changed, the wrong round …), with the reason. */
  @Transactional
  public InspectionDraw cancel(long drawId, long expectedVersion, String reason) {
    return end(drawId, expectedVersion, reason, DrawState.SEALED, DrawState.CANCELLED, "INSPECTION_DRAW_CANCELLED");
  }

  /**
   * Sets a drawn result aside so that the round can be drawn again, with the recorded reason; the result stays in
   * the record (superseded) and the round's groups lose the staff it gave them.
   */
  @Transactional
  public InspectionDraw supersede(long drawId, long expectedVersion, String reason) {
    InspectionDraw draw =
        end(drawId, expectedVersion, reason, DrawState.DRAWN, DrawState.SUPERSEDED, "INSPECTION_DRAW_SUPERSEDED");
    InspectionRound round = draw.getRound();
    for (RoundGroup group : rounds.groupsOf(round)) {
      group.staff(null, List.of());
    }
    for (RoundTarget target : em.createQuery("SELECT t FROM RoundTarget t WHERE t.round = :r", RoundTarget.class)
        .setParameter("r", round)
        .getResultList()) {
      target.assign(null);
    }
    round.setState(RoundState.PLANNED);
    em.flush();
    return draw;
  }

  private InspectionDraw end(long drawId, long expectedVersion, String reason, DrawState from, DrawState to,
      String auditAction) {
    access.require(InspectionAction.MANAGE, organisations.root());
    InspectionDraw draw = lockedDraw(drawId);
    ConcurrentChangeException.check(expectedVersion, draw.getVersion());
    if (draw.getState() != from) {
      throw DomainException.onField("reason", "inspection.draw.wrongState." + to.name());
    }
    if (reason == null || reason.isBlank()) {
      throw DomainException.onField("reason", "inspection.draw.reason.required");
    }
    if (reason.strip().length() > REASON_MAX) {
      throw DomainException.onField("reason", "inspection.draw.reason.size", String.valueOf(REASON_MAX));
    }
    draw.end(to, reason.strip(), access.actor().displayName(), Instant.now(clock));
    em.flush();
    audit.record(auditAction, "InspectionDraw", draw.getId(),
        Map.of("round", draw.getRound().getName(), "seq", draw.getSeq(), "reason", draw.getEndedReason()));
    return draw;
  }

  private InspectionDraw lockedDraw(long drawId) {
    InspectionDraw draw = em.find(InspectionDraw.class, drawId);
    if (draw == null) {
      throw new NotFoundException("inspection.draw", drawId);
    }
    em.lock(draw.getRound(), LockModeType.PESSIMISTIC_WRITE);
    em.refresh(draw);
    return draw;
  }

  private void staff(InspectionRound round, DrawOutcome outcome) {
    Map<String, RoundGroup> groups = rounds.groupsOf(round).stream()
        .collect(Collectors.toMap(RoundGroup::getKey, g -> g));
    Map<Long, RoundTarget> targets = new HashMap<>();
    em.createQuery("SELECT t FROM RoundTarget t WHERE t.round = :r", RoundTarget.class)
        .setParameter("r", round)
        .getResultList()
        .forEach(t -> targets.put(t.getOrganisation().getId(), t));
    for (GroupResult result : outcome.groups()) {
      RoundGroup group = groups.get(result.key());
      Person leader = result.leaderId() == null ? null : em.find(Person.class, result.leaderId());
      List<Person> members = result.memberIds().stream().map(id -> em.find(Person.class, id))
          .filter(Objects::nonNull).toList();
      group.staff(leader, members);
      for (Long targetId : result.targetIds()) {
        RoundTarget target = targets.get(targetId);
        if (target != null) {
          target.assign(group);
        }
      }
    }
  }

  // ---- the sealed input ----

  /** The pool's active members as the draw sees them: every post (past and current), place and declaration. */
  private List<Candidate> candidates(PoolKind pool) {
    List<PoolMember> poolMembers = em.createQuery(
            "SELECT m FROM PoolMember m JOIN FETCH m.person p WHERE m.pool = :pool AND m.active = TRUE"
                + " AND p.active = TRUE ORDER BY p.id",
            PoolMember.class)
        .setParameter("pool", pool)
        .getResultList();
    List<Candidate> candidates = new ArrayList<>();
    for (PoolMember member : poolMembers) {
      Person person = member.getPerson();
      List<Tenure> posts = new ArrayList<>();
      Organisation home = person.getOrganisation();
      posts.add(new Tenure(home.getId(), home.getName(),
          person.getJobTitle() == null ? "工作人员" : person.getJobTitle(), null, null));
      for (Position position : em.createQuery(
              "SELECT p FROM Position p JOIN FETCH p.organisation WHERE p.person = :person AND p.active = TRUE"
                  + " ORDER BY p.id",
              Position.class)
          .setParameter("person", person)
          .getResultList()) {
        if (!position.getOrganisation().getId().equals(home.getId())) {
          posts.add(new Tenure(position.getOrganisation().getId(), position.getOrganisation().getName(),
              position.getTitle(), null, null));
        }
      }
      for (PastPost past : em.createQuery(
              "SELECT p FROM PastPost p JOIN FETCH p.organisation WHERE p.person = :person ORDER BY p.fromDate, p.id",
              PastPost.class)
          .setParameter("person", person)
          .getResultList()) {
        posts.add(new Tenure(past.getOrganisation().getId(), past.getOrganisation().getName(), past.getTitle(),
            past.getFromDate(), past.getToDate()));
      }
      List<Declaration> declarations = em.createQuery(
              "SELECT d FROM InterestDeclaration d JOIN FETCH d.organisation WHERE d.person = :person ORDER BY d.id",
              InterestDeclaration.class)
          .setParameter("person", person)
          .getResultList()
          .stream()
          .map(d -> new Declaration(d.getOrganisation().getId(), d.getOrganisation().getName(), d.getRelation(),
              d.getDetail()))
          .toList();
      candidates.add(new Candidate(person.getId(), person.getName(), posts, member.getNativePlace(), member.places(),
          declarations));
    }
    return candidates;
  }

  /** A target with its place (a township or sub-district has a territory of its own) and its subtree. */
  private DrawTarget target(Organisation unit) {
    List<Long> subtree = em.createQuery("SELECT o.id FROM Organisation o WHERE o.path LIKE :path", Long.class)
        .setParameter("path", unit.getPath() + "%")
        .getResultList();
    String place = unit.getKind() == OrganisationKind.TOWNSHIP ? unit.getName() : null;
    return new DrawTarget(unit.getId(), unit.getName(), place, Set.copyOf(subtree));
  }
}

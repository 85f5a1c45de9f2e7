package cn.zeren.inspection.api;

import cn.zeren.inspection.CoverageService;
import cn.zeren.inspection.DrawService;
import cn.zeren.inspection.InformationRequest;
import cn.zeren.inspection.InspectionDraw;
import cn.zeren.inspection.InspectionRound;
import cn.zeren.inspection.InspectionTerm;
import cn.zeren.inspection.PoolMember;
import cn.zeren.inspection.RoundGroup;
import cn.zeren.inspection.RoundTarget;
import cn.zeren.inspection.draw.Exclusion;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/** What the inspection API answers with. */
public final class InspectionViews {
  private InspectionViews() {}

  public record PersonRef(long id, String name) {}

  public record GroupView(String key, String name, PersonRef leader, List<PersonRef> members) {
    static GroupView of(RoundGroup g) {
      return new GroupView(g.getKey(), g.getName(),
          g.getLeader() == null ? null : new PersonRef(g.getLeader().getId(), g.getLeader().getName()),
          g.getMembers().stream().map(p -> new PersonRef(p.getId(), p.getName())).toList());
    }
  }

  public record TargetView(long organisationId, String name, String groupKey) {
    static TargetView of(RoundTarget t) {
      return new TargetView(t.getOrganisation().getId(), t.getOrganisation().getName(),
          t.getGroup() == null ? null : t.getGroup().getKey());
    }
  }

  public record RoundView(long id, long version, String name, String kind, Long lookBackOf, LocalDate startsOn,
      LocalDate endsOn, int workingDays, String authorisedBy, LocalDate authorisedOn, String state,
      List<TargetView> targets, List<GroupView> groups) {
    static RoundView of(InspectionRound r, List<RoundTarget> targets, List<RoundGroup> groups) {
      return new RoundView(r.getId(), r.getVersion(), r.getName(), r.getKind().name(),
          r.getLookBackOf() == null ? null : r.getLookBackOf().getId(), r.getStartsOn(), r.getEndsOn(),
          r.getWorkingDays(), r.getAuthorisedBy(), r.getAuthorisedOn(), r.getState().name(),
          targets == null ? null : targets.stream().map(TargetView::of).toList(),
          groups == null ? null : groups.stream().map(GroupView::of).toList());
    }
  }

  /**
   * A draw's full record, enough to replay it: the sealed input (canonical JSON) and its digest, the commitment, and
   * once drawn the seed, witness phrase, final seed and outcome (canonical JSON). The seed is null before the draw.
   */
  public record DrawView(long id, long version, long roundId, int seq, String state, String ruleId, String inputJson,
      String inputDigest, String commitment, String seed, String witness, String finalSeed, String outcomeJson,
      String sealedBy, Instant sealedAt, String drawnBy, Instant drawnAt, String endedReason, String endedBy,
      Instant endedAt) {
    static DrawView of(InspectionDraw d) {
      return new DrawView(d.getId(), d.getVersion(), d.getRound().getId(), d.getSeq(), d.getState().name(),
          d.getRuleId(), d.getInputJson(), d.getInputDigest(), d.getCommitment(), d.getRevealedSeed(),
          d.getWitness(), d.getFinalSeed(), d.getOutcomeJson(), d.getSealedByName(), d.getSealedAt(),
          d.getDrawnByName(), d.getDrawnAt(), d.getEndedReason(), d.getEndedByName(), d.getEndedAt());
    }
  }

  public record ExclusionView(long personId, String name, long targetId, String targetName, String ruleId,
      String kind, String fact) {
    static ExclusionView of(Exclusion e) {
      return new ExclusionView(e.personId(), e.name(), e.targetId(), e.targetName(), e.ruleId(), e.kind().name(),
          e.fact());
    }
  }

  public record VerificationView(boolean ok, boolean inputDigest, boolean commitment, boolean finalSeed,
      boolean outcome, boolean drawn, boolean audited) {
    static VerificationView of(DrawService.Verification v) {
      return new VerificationView(v.ok(), v.inputDigest(), v.commitment(), v.finalSeed(), v.outcome(), v.drawn(),
          v.audited());
    }
  }

  public record PoolMemberView(long id, long version, long personId, String name, String unit, String pool,
      String nativePlace, List<String> placesWorked, String expertise, boolean dispatched, boolean active,
      String note) {
    static PoolMemberView of(PoolMember m) {
      return new PoolMemberView(m.getId(), m.getVersion(), m.getPerson().getId(), m.getPerson().getName(),
          m.getPerson().getOrganisation().getName(), m.getPool().name(), m.getNativePlace(), m.places(),
          m.getExpertise(), m.isDispatched(), m.isActive(), m.getNote());
    }
  }

  /** A letter asking a body for information before a round, and its answer. */
  public record LetterView(long id, long version, long roundId, String round, String recipientKey,
      String recipientTitle, String provides, long organisationId, String organisation, String ruleId,
      long obligationId, LocalDate sentOn, LocalDate dueDate, boolean answered, boolean late, String answer,
      Instant answeredAt, String answeredBy) {
    static LetterView of(InformationRequest q) {
      return new LetterView(q.getId(), q.getVersion(), q.getRound().getId(), q.getRound().getName(),
          q.getRecipientKey(), q.getRecipientTitle(), q.getProvides(), q.getOrganisation().getId(),
          q.getOrganisation().getName(), q.getRuleId(), q.getObligationId(), q.getSentOn(), q.getDueDate(),
          q.isAnswered(), q.isLate(), q.getAnswer(), q.getAnsweredAt(), q.getAnsweredByName());
    }
  }

  public record TermView(long id, long version, String name, LocalDate startsOn, LocalDate endsOn) {
    static TermView of(InspectionTerm t) {
      return new TermView(t.getId(), t.getVersion(), t.getName(), t.getStartsOn(), t.getEndsOn());
    }
  }

  public record UnitCoverageView(long organisationId, String name, boolean covered, List<String> rounds) {}

  public record CoverageView(TermView term, String ruleId, Integer timesPerTerm, long covered, long due,
      long daysLeft, List<UnitCoverageView> units) {
    static CoverageView of(CoverageService.Coverage c) {
      return new CoverageView(TermView.of(c.term()), c.required().map(r -> r.ruleId()).orElse(null),
          c.required().map(r -> r.timesPerTerm()).orElse(null), c.covered(), c.due(), c.daysLeft(),
          c.units().stream()
              .map(u -> new UnitCoverageView(u.unit().getId(), u.unit().getName(), u.covered(),
                  u.rounds().stream().map(InspectionRound::getName).toList()))
              .toList());
    }
  }
}

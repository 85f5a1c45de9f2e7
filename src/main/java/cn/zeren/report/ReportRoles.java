package cn.zeren.report;

import cn.zeren.rules.ObligationRule;
import cn.zeren.rules.Owner;
import cn.zeren.security.Actor;
import cn.zeren.security.Role;
import java.util.Set;

/**
 * Who may do what to a report of a given type, as the rule pack says: the roles that carry the report's obligation
 * in the author's unit ({@code drafters}, the pack's {@code owners}) draft it (a team member only their own, YW-10.1b), the type's approving role in the same unit
 * approves it, and the type's reviewing roles over the unit's subtree review it. {@link ReportService} asks this
 * after {@code AccessPolicy} has checked the action and the subtree.
 */
record ReportRoles(ReportType type, ObligationRule rule, Set<Role> drafters) {

  boolean mayDraft(Actor actor) {
    return actor.role() != null && drafters().contains(actor.role());
  }

  boolean isAuthorSide(Actor actor, Report report) {
    return mayDraft(actor)
        && report.getOrganisation().getId().equals(actor.orgId())
        && (rule.owner() != Owner.TEAM_MEMBER || actor.personId() != null
            && actor.personId() == report.getAuthorPersonId());
  }

  boolean isApprover(Actor actor, Report report) {
    return type.approvedBy() != null
        && type.approvedBy() == actor.role()
        && report.getOrganisation().getId().equals(actor.orgId());
  }

  boolean isReviewer(Actor actor) {
    return actor.role() != null && type.reviewedBy().contains(actor.role());
  }
}

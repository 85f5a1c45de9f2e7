package cn.zeren.accountability;

import cn.zeren.security.Action;
import cn.zeren.security.Role;
import java.util.EnumSet;
import java.util.Set;

/**
 * What may be done with accountability cases (责任追究, YW-14 … YW-17). Who was disciplined is sensitive, so never a
 * unit's own clerk or leaders; the service also keeps a case from its subject and a discipline-side case from the
 * unit's own discipline organisation.
 */
public enum AccountabilityAction implements Action {
  /** Read cases and statistics of the subtree. */
  VIEW(
      EnumSet.of(Role.COMMISSION_LEADER, Role.COMMISSION_REVIEWER, Role.DISCIPLINE_HEAD, Role.DISCIPLINE_STAFF,
          Role.DISPATCHED_GROUP_LEADER, Role.DISPATCHED_GROUP_STAFF, Role.ORGANISATION_DEPARTMENT)),
  /** Record, edit and decide a case and attach its decision (the organisation department: the cases it handles). */
  MANAGE(
      EnumSet.of(Role.COMMISSION_LEADER, Role.COMMISSION_REVIEWER, Role.DISCIPLINE_HEAD,
          Role.DISPATCHED_GROUP_LEADER, Role.ORGANISATION_DEPARTMENT));

  private final Set<Role> roles;

  AccountabilityAction(Set<Role> roles) {
    this.roles = Set.copyOf(roles);
  }

  @Override
  public Set<Role> roles() {
    return roles;
  }
}

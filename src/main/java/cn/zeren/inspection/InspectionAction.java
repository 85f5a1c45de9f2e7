package cn.zeren.inspection;

import cn.zeren.security.Action;
import cn.zeren.security.Role;
import java.util.EnumSet;
import java.util.Set;

/**
 * What may be done in inspection (巡察). Inspection material is the most sensitive here: the office (巡察办) and the
 * leading group (领导小组) see every round; a group's leader and members see their own round only (the service
 * checks that they were drawn into it); nobody else sees a round at all.
 */
public enum InspectionAction implements Action {
  /** See every round, its draws, the pools and the coverage of the term (held at the city). */
  VIEW_ALL(EnumSet.of(Role.INSPECTION_OFFICE, Role.INSPECTION_LEADING_GROUP)),
  /** Keep the pools and the terms, plan rounds, seal and perform draws, redraw with a reason (held at the city). */
  MANAGE(EnumSet.of(Role.INSPECTION_OFFICE)),
  /** See one's own round — only a round whose group one was drawn into. */
  VIEW_OWN(EnumSet.of(Role.INSPECTION_GROUP_LEADER, Role.INSPECTION_GROUP_MEMBER)),
  /**
   * Answer a letter asking one's unit for information before a round (XC-3.2) — only the roles that carry the
   * letter's obligation in that unit; they see the letter and nothing else of the round.
   */
  ANSWER(EnumSet.of(Role.UNIT_CLERK, Role.PRIMARY_LEADER, Role.COMMISSION_LEADER, Role.COMMISSION_REVIEWER));

  private final Set<Role> roles;

  InspectionAction(Set<Role> roles) {
    this.roles = Set.copyOf(roles);
  }

  @Override
  public Set<Role> roles() {
    return roles;
  }
}

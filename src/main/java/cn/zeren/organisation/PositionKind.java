package cn.zeren.organisation;

/**
 * Posts in a unit that the rules give duties to: the primary leader (主要负责人, "first responsible person") and the
 * other members of the leadership team (班子其他成员, each with areas in charge) — YW-3 — and the head and members of
 * the discipline organisation, which carries the oversight responsibility — YW-4.
 */
public enum PositionKind {
  PRIMARY_LEADER,
  TEAM_MEMBER,
  DISCIPLINE_HEAD,
  DISCIPLINE_MEMBER
}

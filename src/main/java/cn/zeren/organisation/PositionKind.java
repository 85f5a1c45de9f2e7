package cn.zeren.organisation;

/**
 * Posts in a unit that the rules give duties to: the primary leader (主要负责人, "first responsible person"), the
 * other members of the leadership team (班子其他成员, each with areas in charge), and the head and members of the
 * discipline organisation.
 */
public enum PositionKind {
  PRIMARY_LEADER,
  TEAM_MEMBER,
  DISCIPLINE_HEAD,
  DISCIPLINE_MEMBER
}

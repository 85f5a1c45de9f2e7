package cn.zeren.rules;

/**
 * Who carries an obligation (责任主体): the unit's Party committee as a body, its primary leader, each other member
 * of its leadership team, its discipline organisation, or the city/county discipline commission.
 */
public enum Owner {
  COMMITTEE,
  PRIMARY_LEADER,
  TEAM_MEMBER,
  DISCIPLINE_ORGANISATION,
  COMMISSION
}

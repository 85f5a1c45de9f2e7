package cn.zeren.security;

/**
 * The roles a person acts in, each held for one organisation (SPEC §1). A role held at an organisation reaches
 * that organisation and its subtree.
 */
public enum Role {
  /** 单位办事员 — prepares and submits for a unit's Party committee. */
  UNIT_CLERK,
  /** 主要负责人 — the unit's first responsible person; reviews and signs. */
  PRIMARY_LEADER,
  /** 班子成员 — other member of the leadership team. */
  TEAM_MEMBER,
  /** 纪检组织负责人 — head of the unit's discipline organisation. */
  DISCIPLINE_HEAD,
  /** 纪检干部 — staff of the unit's discipline organisation. */
  DISCIPLINE_STAFF,
  /** 纪委审核员 — commission reviewer: reviews and scores. */
  COMMISSION_REVIEWER,
  /** 纪委领导 — commission leader: signs, approves, interviews. */
  COMMISSION_LEADER,
  /** 巡察工作领导小组成员 — hears the rounds' reports, sees every round. */
  INSPECTION_LEADING_GROUP,
  /** 巡察办工作人员 */
  INSPECTION_OFFICE,
  /** 巡察组组长 */
  INSPECTION_GROUP_LEADER,
  /** 巡察组成员 */
  INSPECTION_GROUP_MEMBER,
  /** 派驻纪检监察组组长 */
  DISPATCHED_GROUP_LEADER,
  /** 派驻纪检监察组工作人员 */
  DISPATCHED_GROUP_STAFF,
  /** 组织部 — receives transferred issues on cadres. */
  ORGANISATION_DEPARTMENT,
  /** 系统管理员 */
  SYSTEM_ADMIN
}

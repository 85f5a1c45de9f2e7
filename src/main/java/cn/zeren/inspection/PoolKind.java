package cn.zeren.inspection;

/** The two pools inspection groups are staffed from (ZZ-6 人选库; JDZ 第九条 人才库; XC-2.2 组长库、人才库). */
public enum PoolKind {
  /** 组长库 — candidates for group leader and deputy leader. */
  LEADER,
  /** 人才库 — specialists for the groups' members. */
  TALENT
}

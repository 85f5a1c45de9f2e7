package cn.zeren.inspection.draw;

/** The three kinds of avoidance (回避) the inspection regulations name (ZZ-16, JDZ-13). */
public enum AvoidanceKind {
  /** 任职回避: the candidate holds or held a post in the target or a unit below it. */
  TENURE,
  /** 地域回避: the candidate was born or has worked in the target's place. */
  REGION,
  /** 公务回避: the candidate declared a relative or an interest in the target or a unit below it. */
  OFFICIAL
}

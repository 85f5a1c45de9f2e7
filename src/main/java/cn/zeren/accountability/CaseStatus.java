package cn.zeren.accountability;

/** Where a case stands (YW-17: facts are established first, then the decision is taken). */
public enum CaseStatus {
  /** 查明事实中 — being investigated; everything may still change. */
  ESTABLISHING_FACTS,
  /** 已作出处理决定 — decided: severity, outcomes, handling body and decision date are fixed. */
  DECIDED
}

package cn.zeren.lists;

/**
 * The lists that are signed under YW-11 (签字背书): the oversight responsibility list (监督责任清单), the Party
 * committee's responsibility division (责任分解, YW-6.1), the problem list (问题清单) and the rectification list
 * (整改清单).
 */
public enum SignedListKind {
  RESPONSIBILITY,
  DIVISION,
  PROBLEM,
  RECTIFICATION
}

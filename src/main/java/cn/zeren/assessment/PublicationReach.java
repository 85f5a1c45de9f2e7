package cn.zeren.assessment;

/**
 * How far published assessment results reach (通报范围, YW-13.3): the commission only; in addition each unit's own
 * roles see their own result; or in addition everyone in the city sees the ranking.
 */
public enum PublicationReach {
  COMMISSION,
  OWN_UNIT,
  CITY
}

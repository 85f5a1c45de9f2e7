package cn.zeren.organisation;

/** The form of a unit's Party committee (YW-2: 党委, 党工委, 党组 — together "党委" in the rules). */
public enum PartyBodyType {
  COMMITTEE,
  WORKING_COMMITTEE,
  LEADING_GROUP
}

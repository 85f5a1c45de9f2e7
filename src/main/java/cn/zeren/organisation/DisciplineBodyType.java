package cn.zeren.organisation;

/**
 * The form of a unit's discipline organisation (YW-2: 纪委, 纪工委, 纪检组 — together "纪委" in the rules), including
 * the dispatched discipline inspection and supervision group (派驻纪检监察组).
 */
public enum DisciplineBodyType {
  COMMISSION,
  WORKING_COMMISSION,
  INSPECTION_GROUP,
  DISPATCHED_GROUP
}

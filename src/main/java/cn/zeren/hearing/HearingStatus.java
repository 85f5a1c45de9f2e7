package cn.zeren.hearing;

/** Where a scored meeting stands: being set up (editable), under way (scores are taken), closed (on record). */
public enum HearingStatus {
  DRAFT,
  OPEN,
  CLOSED
}

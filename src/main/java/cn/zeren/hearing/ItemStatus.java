package cn.zeren.hearing;

/** Whether scores are still taken for one speaker: from the start of the meeting until the chair closes the item. */
public enum ItemStatus {
  PENDING,
  OPEN,
  CLOSED
}

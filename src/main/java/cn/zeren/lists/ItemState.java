package cn.zeren.lists;

/** Where a rectification item stands: being rectified, its write-off (销账) asked for, or written off. */
public enum ItemState {
  OPEN,
  CLOSING_REQUESTED,
  CLOSED
}

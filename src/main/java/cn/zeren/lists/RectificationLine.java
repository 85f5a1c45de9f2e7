package cn.zeren.lists;

import java.util.List;

/** A rectification item with its state, whether it is overdue, its dated entries and its write-off requests. */
public record RectificationLine(
    SignedList list, ListItem item, ItemState state, boolean overdue, List<RectificationEntry> entries,
    List<ItemClosing> closings) {

  public boolean isClosed() {
    return state == ItemState.CLOSED;
  }
}

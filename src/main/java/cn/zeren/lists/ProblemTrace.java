package cn.zeren.lists;

import cn.zeren.obligation.Obligation;
import java.util.List;

/**
 * One problem followed to its write-off on one page (一张清单到底): the problem as its list holds it now, every
 * rectification item that answers it with progress and write-offs, and — for upper-level feedback — the YW-6.12
 * instances of the plan and of the written progress now due.
 *
 * @param tracking the YW-6.12 follow-up, or null for other sources (and before the problem list is signed)
 */
public record ProblemTrace(
    SignedList problemList,
    ListItem problem,
    String sourceTitle,
    List<RectificationLine> rectifications,
    FeedbackTracking tracking,
    Obligation planInstance,
    Obligation progressInstance) {

  /** Written off when it has rectification items and every one of them is closed. */
  public boolean isClosed() {
    return !rectifications.isEmpty() && rectifications.stream().allMatch(RectificationLine::isClosed);
  }
}

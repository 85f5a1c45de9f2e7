package cn.zeren.lists;

import java.util.List;
import java.util.Objects;

/**
 * A version of a problem list (问题清单) has just been signed (YW-11.3). Fired synchronously inside the signing
 * transaction, so whatever answers it commits or rolls back with the signature: today the rectification follow-up
 * ({@link RectificationService}) opens the YW-6.12 instances of the problems from upper-level feedback. The list's
 * signing knows nothing of who reacts.
 *
 * @param list the signed list
 * @param problems the items of the version signed
 */
public record ProblemListSigned(SignedList list, List<ListItem> problems) {
  public ProblemListSigned {
    Objects.requireNonNull(list, "list");
    problems = List.copyOf(problems);
  }
}

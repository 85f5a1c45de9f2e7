package cn.zeren.lists;

import java.util.List;
import java.util.Optional;

/**
 * The signed lists of a rule pack (YW-11): one rule per kind, the catalogue of problem sources and how the pack
 * reads who signs ({@code interpretation}). A pack without the section has no signed lists.
 */
public record SignedLists(String interpretation, List<SignedListRule> kinds, List<ProblemSource> problemSources) {
  public static final SignedLists NONE = new SignedLists(null, List.of(), List.of());

  public Optional<SignedListRule> rule(SignedListKind kind) {
    return kinds.stream().filter(k -> k.kind() == kind).findFirst();
  }

  public Optional<ProblemSource> source(String code) {
    return problemSources.stream().filter(s -> s.code().equals(code)).findFirst();
  }
}

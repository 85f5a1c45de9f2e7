package cn.zeren.rules;

import java.util.List;

/** A rule pack that cannot be used; the portal refuses to start with it, listing every fault found. */
public class RulePackException extends RuntimeException {
  private final List<String> problems;

  public RulePackException(String source, List<String> problems) {
    super("Rule pack " + source + " is invalid:\n  - " + String.join("\n  - ", problems));
    this.problems = List.copyOf(problems);
  }

  public List<String> getProblems() {
    return problems;
  }
}

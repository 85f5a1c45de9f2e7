package cn.zeren.rules;

import java.util.List;

/** A rule pack that cannot be used; the portal refuses to start with it, listing every fault found. */
public class RulePackException extends RuntimeException {
  private final String source;
  private final List<String> problems;

  public RulePackException(String source, List<String> problems) {
    super("Rule pack " + source + " is invalid:\n  - " + String.join("\n  - ", problems));
    this.source = source;
    this.problems = List.copyOf(problems);
  }

  /** The file (or files) at fault. */
  public String getSource() {
    return source;
  }

  public List<String> getProblems() {
    return problems;
  }
}

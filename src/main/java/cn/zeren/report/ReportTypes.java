package cn.zeren.report;

import java.util.List;
import java.util.Optional;

/**
 * The report types of the rule pack (报告类型, YW-10) and the article its signing of a submitted version enforces
 * (签字背书, {@code reportSigningRuleId}): this context's section of it.
 */
public record ReportTypes(List<ReportType> all, String signingRuleId) {
  public ReportTypes {
    all = List.copyOf(all);
  }

  public Optional<ReportType> type(String code) {
    return all.stream().filter(t -> t.code().equals(code)).findFirst();
  }
}

package cn.zeren.report;

import java.util.List;
import java.util.Optional;

/** The report types of the rule pack (报告类型, YW-10): this context's section of it. */
public record ReportTypes(List<ReportType> all) {
  public ReportTypes {
    all = List.copyOf(all);
  }

  public Optional<ReportType> type(String code) {
    return all.stream().filter(t -> t.code().equals(code)).findFirst();
  }
}

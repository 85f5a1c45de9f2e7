package cn.zeren.report.web;

import cn.zeren.platform.web.EvidencePages;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Set;

/** The report page (报告) as evidence: of an obligation the report fulfils ({@code REPORT}, the report's id). */
@ApplicationScoped
public class ReportPages implements EvidencePages {

  @Override
  public Set<String> kinds() {
    return Set.of("REPORT");
  }

  @Override
  public String page(String kind, String ref) {
    return "/report.xhtml?id=" + ref;
  }
}

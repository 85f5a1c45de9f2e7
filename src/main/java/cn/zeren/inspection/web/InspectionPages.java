package cn.zeren.inspection.web;

import cn.zeren.platform.web.EvidencePages;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Set;

/** An information letter's page (巡前沟通信息) as evidence of the recipient's obligation it fulfils. */
@ApplicationScoped
public class InspectionPages implements EvidencePages {

  @Override
  public Set<String> kinds() {
    return Set.of("INSPECTION_REQUEST");
  }

  @Override
  public String page(String kind, String ref) {
    return "/inspection-request.xhtml?id=" + ref;
  }
}

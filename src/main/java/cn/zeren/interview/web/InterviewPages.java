package cn.zeren.interview.web;

import cn.zeren.platform.web.EvidencePages;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Set;

/** An interview's page (约谈) as evidence, e.g. of a head's annual interview ({@code INTERVIEW}, its id). */
@ApplicationScoped
public class InterviewPages implements EvidencePages {

  @Override
  public Set<String> kinds() {
    return Set.of("INTERVIEW");
  }

  @Override
  public String page(String kind, String ref) {
    return "/interview.xhtml?id=" + ref;
  }
}

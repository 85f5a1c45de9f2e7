package cn.zeren.lists.web;

import cn.zeren.platform.web.EvidencePages;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Set;

/** A signed list's page (签字背书) as evidence: of the rectification items on it ({@code LIST}, the list's id). */
@ApplicationScoped
public class ListPages implements EvidencePages {

  @Override
  public Set<String> kinds() {
    return Set.of("LIST");
  }

  @Override
  public String page(String kind, String ref) {
    return "/list.xhtml?id=" + ref;
  }
}

package cn.zeren.accountability.web;

import cn.zeren.platform.web.EvidencePages;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Set;

/**
 * A case's page (责任追究) as evidence: of the obligation its decision fulfils ({@code ACCOUNTABILITY}, recorded as
 * {@code AC-}id) and of a deduction in the assessment ({@code ACCOUNTABILITY_CASE}, the case's id).
 */
@ApplicationScoped
public class AccountabilityPages implements EvidencePages {

  @Override
  public Set<String> kinds() {
    return Set.of("ACCOUNTABILITY", "ACCOUNTABILITY_CASE");
  }

  @Override
  public String page(String kind, String ref) {
    String id = kind.equals("ACCOUNTABILITY") ? ref.substring(ref.indexOf('-') + 1) : ref;
    return "/accountability-case.xhtml?id=" + id;
  }
}

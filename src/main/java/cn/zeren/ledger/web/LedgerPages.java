package cn.zeren.ledger.web;

import cn.zeren.platform.web.EvidencePages;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Set;

/** The ledger record's page (工作台账) as evidence of the obligation it fulfils ({@code LEDGER}, the record's id). */
@ApplicationScoped
public class LedgerPages implements EvidencePages {

  @Override
  public Set<String> kinds() {
    return Set.of("LEDGER");
  }

  @Override
  public String page(String kind, String ref) {
    return "/ledger-record.xhtml?id=" + ref;
  }
}

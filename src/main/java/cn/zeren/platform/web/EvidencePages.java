package cn.zeren.platform.web;

import java.util.Set;

/**
 * The pages on which a context shows the things that serve as evidence (佐证) elsewhere — a report, a ledger record,
 * a signed list, a case … One CDI bean per context, so that the assessment's score items and the dashboard's
 * drill-downs link to another context's page without knowing its address.
 */
public interface EvidencePages {

  /**
   * The kinds of thing this context shows: the evidence types it records on obligations (e.g. {@code REPORT},
   * {@code HEARING}) and the kinds of the facts it hands to other contexts (e.g. {@code LIST}, {@code INTERVIEW}).
   */
  Set<String> kinds();

  /**
   * The page that shows the thing, from the context root (e.g. {@code /report.xhtml?id=12}).
   *
   * @param kind one of {@link #kinds()}
   * @param ref the thing's reference in the owning context, in that context's own form (e.g. {@code 12},
   *     {@code HS-3})
   */
  String page(String kind, String ref);
}

package cn.zeren.platform.web;

import java.util.HashMap;
import java.util.Map;

/**
 * Every context's {@link EvidencePages} together: the page of a thing, whichever context owns it. Two contexts that
 * claim the same kind are refused, naming both, rather than one silently winning.
 */
public final class EvidenceLinks {
  private final Map<String, EvidencePages> byKind = new HashMap<>();

  public EvidenceLinks(Iterable<? extends EvidencePages> contexts) {
    for (EvidencePages pages : contexts) {
      for (String kind : pages.kinds()) {
        EvidencePages other = byKind.putIfAbsent(kind, pages);
        if (other != null) {
          throw new IllegalStateException("evidence kind " + kind + " is shown by both "
              + other.getClass().getName() + " and " + pages.getClass().getName());
        }
      }
    }
  }

  /** The page from the context root (e.g. {@code /report.xhtml?id=12}), or null when no context shows the kind. */
  public String page(String kind, String ref) {
    EvidencePages pages = byKind.get(kind);
    return pages == null ? null : pages.page(kind, ref);
  }

  /** The same page relative to a page at the context root (e.g. {@code report.xhtml?id=12}), or null. */
  public String relativePage(String kind, String ref) {
    String page = page(kind, ref);
    return page == null ? null : page.substring(1);
  }
}

package cn.zeren.platform.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Each kind's page comes from the one context that shows it; two contexts claiming a kind are refused. */
class EvidenceLinksTest {

  private static final class Papers implements EvidencePages {
    @Override
    public Set<String> kinds() {
      return Set.of("PAPER");
    }

    @Override
    public String page(String kind, String ref) {
      return "/paper.xhtml?id=" + ref;
    }
  }

  private static final class MorePapers implements EvidencePages {
    @Override
    public Set<String> kinds() {
      return Set.of("NOTE", "PAPER");
    }

    @Override
    public String page(String kind, String ref) {
      return "/other.xhtml?id=" + ref;
    }
  }

  @Test
  void theOwningContextNamesThePage() {
    EvidenceLinks links = new EvidenceLinks(List.of(new Papers()));
    assertEquals("/paper.xhtml?id=4", links.page("PAPER", "4"));
    assertEquals("paper.xhtml?id=4", links.relativePage("PAPER", "4"));
  }

  @Test
  void aKindNoContextShowsHasNoPage() {
    EvidenceLinks links = new EvidenceLinks(List.of(new Papers()));
    assertNull(links.page("NOTE", "4"));
    assertNull(links.relativePage("NOTE", "4"));
  }

  @Test
  void twoContextsShowingOneKindAreRefusedNamingBoth() {
    IllegalStateException refused =
        assertThrows(IllegalStateException.class, () -> new EvidenceLinks(List.of(new Papers(), new MorePapers())));
    assertTrue(refused.getMessage().contains("PAPER"), refused.getMessage());
    assertTrue(refused.getMessage().contains(Papers.class.getName()), refused.getMessage());
    assertTrue(refused.getMessage().contains(MorePapers.class.getName()), refused.getMessage());
  }
}

package cn.zeren;

import static org.junit.jupiter.api.Assertions.assertEquals;

import cn.zeren.accountability.web.AccountabilityPages;
import cn.zeren.hearing.web.HearingPages;
import cn.zeren.interview.web.InterviewPages;
import cn.zeren.ledger.web.LedgerPages;
import cn.zeren.lists.web.ListPages;
import cn.zeren.platform.web.EvidenceLinks;
import cn.zeren.report.web.ReportPages;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The pages the contexts show their evidence on, together: the same addresses the assessment and the dashboard
 * wrote themselves before each context named its own pages (score items and drill-downs keep their links).
 */
class EvidencePagesTest {
  private static final EvidenceLinks LINKS = new EvidenceLinks(List.of(new ReportPages(), new LedgerPages(),
      new ListPages(), new InterviewPages(), new AccountabilityPages(), new HearingPages()));

  @ParameterizedTest(name = "{0}:{1}")
  @CsvSource({
    "REPORT, 12, /report.xhtml?id=12",
    "LEDGER, 7, /ledger-record.xhtml?id=7",
    "ACCOUNTABILITY, AC-5, /accountability-case.xhtml?id=5",
    "HEARING, HS-3, /hearing.xhtml?id=3",
    "LIST, 4, /list.xhtml?id=4",
    "INTERVIEW, 9, /interview.xhtml?id=9",
    "ACCOUNTABILITY_CASE, 5, /accountability-case.xhtml?id=5",
    "HEARING_SESSION, 3, /hearing.xhtml?id=3",
  })
  void eachKindOpensItsContextsPage(String kind, String ref, String page) {
    assertEquals(page, LINKS.page(kind, ref));
  }

  @ParameterizedTest(name = "{0}:{1}")
  @CsvSource({
    "LIST, 4, list.xhtml?id=4",
    "ACCOUNTABILITY_CASE, 5, accountability-case.xhtml?id=5",
  })
  void theDashboardsDrillDownsLinkRelativeToTheRoot(String kind, String ref, String page) {
    assertEquals(page, LINKS.relativePage(kind, ref));
  }
}

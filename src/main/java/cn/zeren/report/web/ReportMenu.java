package cn.zeren.report.web;

import cn.zeren.platform.web.MenuContribution;
import cn.zeren.platform.web.MenuEntry;
import cn.zeren.report.ReportAction;
import cn.zeren.security.AccessPolicy;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;

/** The report pages of the side menu (报告): one's own reports to draft or approve, the reviews, the overdue ones. */
@Dependent
public class ReportMenu implements MenuContribution {
  private final AccessPolicy access;

  @Inject
  public ReportMenu(AccessPolicy access) {
    this.access = access;
  }

  @Override
  public int order() {
    return 100;
  }

  @Override
  public List<MenuEntry> entries() {
    List<MenuEntry> entries = new ArrayList<>();
    if (access.permitsSomewhere(ReportAction.DRAFT) || access.permitsSomewhere(ReportAction.APPROVE)) {
      entries.add(new MenuEntry("nav.reports", "pi pi-file-edit", "/reports.xhtml", "menu-reports"));
    }
    if (access.permitsSomewhere(ReportAction.REVIEW)) {
      entries.add(new MenuEntry("nav.reportReview", "pi pi-file-check", "/report-review.xhtml", "menu-report-review"));
    }
    if (access.permitsSomewhere(ReportAction.OVERSEE)) {
      entries.add(new MenuEntry("nav.reportOverdue", "pi pi-clock", "/reports-overdue.xhtml", "menu-report-overdue"));
    }
    return entries;
  }
}

package cn.zeren.report.web;

import cn.zeren.obligation.Obligation;
import cn.zeren.platform.web.Pages;
import cn.zeren.report.Report;
import cn.zeren.report.ReportService;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;

/** 逾期报告: report obligations of the subtree still open past due, and reports submitted late. */
@Named
@RequestScoped
public class OverdueReportsBean {
  @Inject ReportService reports;

  private List<Obligation> open = List.of();
  private List<Report> late = List.of();

  public void load() {
    Pages.load(
        () -> {
          open = reports.overdueInstances();
          late = reports.lateSubmissions();
        });
  }

  public List<Obligation> getOpen() {
    return open;
  }

  public List<Report> getLate() {
    return late;
  }
}

package cn.zeren.report.web;

import cn.zeren.obligation.Obligation;
import cn.zeren.platform.i18n.Texts;
import cn.zeren.report.Lateness;
import cn.zeren.report.Report;
import cn.zeren.report.ReportService;
import cn.zeren.report.ReportType;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.Clock;
import java.util.Locale;

/** Texts the report pages show: a type's title, the period a report is for, how late it was. */
@Named
@ApplicationScoped
public class ReportLabels {
  @Inject ReportService reports;
  @Inject Clock clock;

  public String title(String typeCode) {
    return reports.types().stream()
        .filter(t -> t.code().equals(typeCode))
        .map(ReportType::title)
        .findFirst()
        .orElse(typeCode);
  }

  /** To whom the type is addressed, as the article names them: "市委、市纪委". */
  public String addressees(ReportType type) {
    return String.join("、", type.addressees());
  }

  /** "2026（报告 2025 年度情况）", "2026-H1", "事件日期 2026-03-02". */
  public String period(Report report) {
    if (report.getEventDate() != null) {
      return Texts.get(locale(), "report.period.event", report.getEventDate().toString());
    }
    if (report.getCoveredYear() != null) {
      return Texts.get(locale(), "report.period.covers", report.getPeriodKey(),
          String.valueOf(report.getCoveredYear()));
    }
    return report.getPeriodKey();
  }

  /** A choice of obligation instance in the new-report form: its period, due time and the year it covers. */
  public String instance(Obligation o, ReportType type) {
    String due = Texts.get(locale(), "report.instance.due", o.getDueDate().toString());
    return type.coversPreviousYear()
        ? Texts.get(locale(), "report.period.covers", o.getPeriodKey(), String.valueOf(o.getYear() - 1)) + " · " + due
        : o.getPeriodKey() + " · " + due;
  }

  /** "按时" or "逾期 2天3小时"; empty before the first submission. */
  public String lateness(Report report) {
    return report.getFirstSubmittedAt() == null ? "" : report.getLateness().describe(locale());
  }

  /** How long an open instance has been overdue: "2天3小时". */
  public String overdueBy(Obligation o) {
    return Lateness.of(clock.instant(), o.getDueDate()).delay(locale());
  }

  public String lateness(Lateness lateness) {
    return lateness.describe(locale());
  }

  private static Locale locale() {
    return FacesContext.getCurrentInstance().getViewRoot().getLocale();
  }
}

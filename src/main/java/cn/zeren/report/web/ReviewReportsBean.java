package cn.zeren.report.web;

import cn.zeren.platform.web.Pages;
import cn.zeren.report.Report;
import cn.zeren.report.ReportAction;
import cn.zeren.report.ReportFilter;
import cn.zeren.report.ReportService;
import cn.zeren.report.ReportStatus;
import cn.zeren.report.ReportType;
import cn.zeren.security.AccessPolicy;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/** 报告审核: submissions of the subtree of the types the acting role reviews, filtered by type, year, status, lateness. */
@Named
@ViewScoped
public class ReviewReportsBean implements Serializable {
  private static final long serialVersionUID = 1L;

  @Inject ReportService reports;
  @Inject AccessPolicy access;

  private String typeCode;
  private Integer year;
  private ReportStatus status = ReportStatus.SUBMITTED;
  private Boolean late;
  private List<Report> rows = List.of();

  public void load() {
    Pages.load(this::search);
  }

  public void search() {
    rows = reports.forReview(new ReportFilter(typeCode, year, status, late));
  }

  public List<ReportType> getTypes() {
    return reports.types();
  }

  /** The statuses a submission can have. */
  public Set<ReportStatus> getStatuses() {
    return EnumSet.of(ReportStatus.SUBMITTED, ReportStatus.RETURNED, ReportStatus.ACCEPTED);
  }

  public boolean isAllowed() {
    return access.permitsSomewhere(ReportAction.REVIEW);
  }

  public List<Report> getRows() {
    return rows;
  }

  public String getTypeCode() {
    return typeCode;
  }

  public void setTypeCode(String typeCode) {
    this.typeCode = typeCode;
  }

  public Integer getYear() {
    return year;
  }

  public void setYear(Integer year) {
    this.year = year;
  }

  public ReportStatus getStatus() {
    return status;
  }

  public void setStatus(ReportStatus status) {
    this.status = status;
  }

  public Boolean getLate() {
    return late;
  }

  public void setLate(Boolean late) {
    this.late = late;
  }
}

package cn.zeren.accountability.web;

import cn.zeren.accountability.CaseFilter;
import cn.zeren.accountability.CaseStatus;
import cn.zeren.accountability.AccountabilityCatalogue.Severity;
import java.io.Serializable;

/** The filters shared by the case list and the statistics page. */
public class CaseFilterForm implements Serializable {
  private static final long serialVersionUID = 1L;
  private Integer year;
  private Long organisationId;
  private String ground;
  private Severity severity;
  private CaseStatus status;

  CaseFilter toFilter() {
    return new CaseFilter(year, organisationId, ground == null || ground.isBlank() ? null : ground, severity, status);
  }

  public Integer getYear() {
    return year;
  }

  public void setYear(Integer year) {
    this.year = year;
  }

  public Long getOrganisationId() {
    return organisationId;
  }

  public void setOrganisationId(Long organisationId) {
    this.organisationId = organisationId;
  }

  public String getGround() {
    return ground;
  }

  public void setGround(String ground) {
    this.ground = ground;
  }

  public Severity getSeverity() {
    return severity;
  }

  public void setSeverity(Severity severity) {
    this.severity = severity;
  }

  public CaseStatus getStatus() {
    return status;
  }

  public void setStatus(CaseStatus status) {
    this.status = status;
  }
}

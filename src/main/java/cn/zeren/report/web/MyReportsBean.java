package cn.zeren.report.web;

import cn.zeren.obligation.Obligation;
import cn.zeren.platform.DomainException;
import cn.zeren.platform.web.Messages;
import cn.zeren.platform.web.Pages;
import cn.zeren.report.Report;
import cn.zeren.report.ReportService;
import cn.zeren.report.ReportType;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;

/**
 * 我的报告: the reports of the acting unit that the acting role drafts or approves, and the start of a new one —
 * a type the role may draft, then the obligation instance it fulfils (periodic types) or the event's date.
 */
@Named
@ViewScoped
public class MyReportsBean implements Serializable {
  private static final long serialVersionUID = 1L;
  static final String FORM = "newForm";

  @Inject ReportService reports;

  private List<Report> mine = List.of();
  private List<ReportType> types;
  private String typeCode;
  private Long obligationId;
  private LocalDate eventDate;
  private List<Obligation> instances = List.of();

  /** The page's {@code f:viewAction}: a role that reads no report (the administrator) gets the 403 page. */
  public void load() {
    Pages.load(() -> mine = reports.mine());
  }

  public List<Report> getMine() {
    return mine;
  }

  public List<ReportType> getTypes() {
    if (types == null) {
      types = reports.draftableTypes();
    }
    return types;
  }

  /** The chosen type's open instances, refreshed when the type changes. */
  public void typeChanged() {
    obligationId = null;
    ReportType type = getType();
    instances = type == null || type.eventDated() ? List.of() : reports.reportableInstances(typeCode);
    if (!instances.isEmpty()) {
      obligationId = instances.get(0).getId();
    }
  }

  /** Creates the draft and opens it. */
  public String create() {
    if (typeCode == null) {
      Messages.show(DomainException.onField("type", "report.type.required"), FORM);
      return null;
    }
    try {
      Report report = reports.createDraft(typeCode, obligationId, eventDate);
      FacesContext.getCurrentInstance().getExternalContext().getFlash().setKeepMessages(true);
      Messages.info("report.created");
      return "/report.xhtml?faces-redirect=true&id=" + report.getId();
    } catch (RuntimeException e) {
      Messages.show(e, FORM);
      return null;
    }
  }

  public ReportType getType() {
    return getTypes().stream().filter(t -> t.code().equals(typeCode)).findFirst().orElse(null);
  }

  public String getTypeCode() {
    return typeCode;
  }

  public void setTypeCode(String typeCode) {
    this.typeCode = typeCode;
  }

  public Long getObligationId() {
    return obligationId;
  }

  public void setObligationId(Long obligationId) {
    this.obligationId = obligationId;
  }

  public LocalDate getEventDate() {
    return eventDate;
  }

  public void setEventDate(LocalDate eventDate) {
    this.eventDate = eventDate;
  }

  public List<Obligation> getInstances() {
    return instances;
  }
}

package cn.zeren.inspection.web;

import cn.zeren.inspection.CoverageService;
import cn.zeren.inspection.InspectionRound;
import cn.zeren.inspection.InspectionTerm;
import cn.zeren.inspection.TermForm;
import cn.zeren.platform.i18n.Texts;
import cn.zeren.platform.web.Messages;
import cn.zeren.platform.web.Pages;
import cn.zeren.platform.web.TableExport;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.omnifaces.util.Faces;

/** 届内巡察覆盖 ({@code inspection-coverage.xhtml}): which units the term's rounds inspected and which are still due. */
@Named
@ViewScoped
public class CoverageBean implements Serializable {
  private static final long serialVersionUID = 1L;
  static final String TERM_FORM = "termForm";

  @Inject transient CoverageService coverage;

  private Long termId;
  private transient CoverageService.Coverage result;
  private transient List<InspectionTerm> terms;
  private boolean onlyDue;
  private String termName;
  private LocalDate termStartsOn;
  private LocalDate termEndsOn;

  public void load() {
    Pages.load(() -> {
      terms = coverage.terms();
      if (termId == null) {
        termId = coverage.currentTerm().map(InspectionTerm::getId).orElse(null);
      }
    });
  }

  public List<InspectionTerm> getTerms() {
    if (terms == null) {
      terms = coverage.terms();
    }
    return terms;
  }

  public CoverageService.Coverage getCoverage() {
    if (result == null && termId != null) {
      result = coverage.coverage(termId);
    }
    return result;
  }

  public List<CoverageService.UnitCoverage> getRows() {
    CoverageService.Coverage c = getCoverage();
    if (c == null) {
      return List.of();
    }
    return onlyDue ? c.units().stream().filter(u -> !u.covered()).toList() : c.units();
  }

  public boolean isMayManage() {
    return coverage.mayManage();
  }

  /** 每届任期内至少巡察 1 次（JDZ-16）, or that the pack in force sets no such rule. */
  public String getRuleText() {
    CoverageService.Coverage c = getCoverage();
    Locale locale = FacesContext.getCurrentInstance().getViewRoot().getLocale();
    return c == null || c.required().isEmpty()
        ? Texts.get(locale, "inspection.coverage.noRule")
        : Texts.get(locale, "inspection.coverage.ruleText",
            String.valueOf(c.required().get().timesPerTerm()), c.required().get().ruleId());
  }

  /** 导出 Excel: the coverage table as shown. */
  public void exportXlsx() throws IOException {
    TableExport.Table table = table();
    Faces.sendFile(TableExport.xlsx(table), table.title() + ".xlsx", true);
  }

  /** 导出 PDF: the same table. */
  public void exportPdf() throws IOException {
    TableExport.Table table = table();
    Faces.sendFile(TableExport.pdf(table), table.title() + ".pdf", true);
  }

  private TableExport.Table table() {
    CoverageService.Coverage c = getCoverage();
    List<List<String>> rows = getRows().stream()
        .map(u -> List.of(u.unit().getName(),
            String.join("、", u.rounds().stream().map(InspectionRound::getName).toList()),
            Texts.zh(u.covered() ? "inspection.coverage.isCovered" : "inspection.coverage.isDue")))
        .toList();
    return new TableExport.Table(Texts.zh("inspection.coverage.title"),
        c == null ? "" : c.term().getName() + "（" + c.term().getStartsOn() + " — " + c.term().getEndsOn() + "）",
        List.of(Texts.zh("organisation"),
            Texts.zh("inspection.coverage.rounds"),
            Texts.zh("inspection.coverage.status")),
        rows);
  }

  public void show() {
    result = null;
  }

  public void createTerm() {
    try {
      InspectionTerm term = coverage.createTerm(new TermForm(termName, termStartsOn, termEndsOn));
      Messages.info("inspection.term.created", term.getName());
      terms = null;
      termId = term.getId();
      result = null;
      termName = null;
      termStartsOn = null;
      termEndsOn = null;
    } catch (RuntimeException e) {
      Messages.show(e, TERM_FORM);
    }
  }

  public Long getTermId() {
    return termId;
  }

  public void setTermId(Long termId) {
    this.termId = termId;
  }

  public boolean isOnlyDue() {
    return onlyDue;
  }

  public void setOnlyDue(boolean onlyDue) {
    this.onlyDue = onlyDue;
  }

  public String getTermName() {
    return termName;
  }

  public void setTermName(String termName) {
    this.termName = termName;
  }

  public LocalDate getTermStartsOn() {
    return termStartsOn;
  }

  public void setTermStartsOn(LocalDate termStartsOn) {
    this.termStartsOn = termStartsOn;
  }

  public LocalDate getTermEndsOn() {
    return termEndsOn;
  }

  public void setTermEndsOn(LocalDate termEndsOn) {
    this.termEndsOn = termEndsOn;
  }
}

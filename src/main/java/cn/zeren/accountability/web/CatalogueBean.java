package cn.zeren.accountability.web;

import cn.zeren.accountability.AccountabilityCatalogue;
import cn.zeren.accountability.AccountabilityCatalogue.Outcome;
import cn.zeren.accountability.AccountabilityCatalogue.Severity;
import cn.zeren.accountability.AccountabilityCatalogue.Subject;
import cn.zeren.rules.RulePackRegistry;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.ArrayList;
import java.util.List;

/** The accountability catalogue of the active rule pack on the page 规则包: grounds, the YW-16 matrix, YW-17. */
@Named
@RequestScoped
public class CatalogueBean {
  @Inject RulePackRegistry registry;

  /** One cell of the YW-16 matrix with the labels of its outcomes. */
  public record Cell(String subject, String severity, List<Outcome> outcomes) {}

  public AccountabilityCatalogue getCatalogue() {
    return registry.active().section(AccountabilityCatalogue.class);
  }

  public List<Cell> getCells() {
    AccountabilityCatalogue catalogue = getCatalogue();
    List<Cell> cells = new ArrayList<>();
    for (Subject subject : Subject.values()) {
      for (Severity severity : Severity.values()) {
        cells.add(new Cell(subject.name(), severity.name(), catalogue.allowedOutcomes(subject, severity)));
      }
    }
    return cells;
  }
}

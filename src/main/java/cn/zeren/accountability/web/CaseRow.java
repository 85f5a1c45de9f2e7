package cn.zeren.accountability.web;

import cn.zeren.accountability.AccountabilityCase;
import cn.zeren.accountability.AccountabilityCatalogue;
import java.time.LocalDate;
import java.util.List;

/** One case as the list shows it: codes with the catalogue's labels. */
public record CaseRow(
    long id, LocalDate openedOn, String unit, String body, String subject, String person, List<String> grounds,
    String severity, List<String> outcomes, String status, boolean manageable) {

  static CaseRow of(AccountabilityCase c, AccountabilityCatalogue catalogue, boolean manageable) {
    return new CaseRow(
        c.getId(), c.getOpenedOn(), c.getOrganisation().getName(), c.getBody().name(), c.getSubjectType().name(),
        c.getPerson() == null ? null : c.getPerson().getName(), c.getGrounds(),
        c.getSeverity() == null ? null : c.getSeverity().name(),
        c.getOutcomes().stream()
            .map(o -> catalogue.outcome(o).map(AccountabilityCatalogue.Outcome::label).orElse(o))
            .toList(),
        c.getStatus().name(), manageable);
  }
}

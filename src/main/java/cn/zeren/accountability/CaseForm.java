package cn.zeren.accountability;

import cn.zeren.accountability.AccountabilityCatalogue.Body;
import cn.zeren.accountability.AccountabilityCatalogue.Handler;
import cn.zeren.accountability.AccountabilityCatalogue.Severity;
import cn.zeren.accountability.AccountabilityCatalogue.Subject;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.List;

/**
 * What the case form and the API hold. Severity, outcomes and handling body may stay empty while the facts are
 * being established (YW-17); whatever is given is checked against the catalogue at once.
 *
 * @param organisationId the unit whose team or team member is held accountable
 * @param body the side held accountable: Party committee (YW-14) or discipline organisation (YW-15)
 * @param personId the member held accountable (individual cases only), a holder of a post of that side in the unit
 * @param grounds rule ids of the catalogue's grounds, e.g. YW-14.6
 * @param outcomes outcome codes of the catalogue, e.g. WRITTEN_SELF_CRITICISM
 * @param openedOn the day the case was registered (立案)
 */
public record CaseForm(
    @NotNull(message = "{accountability.organisation.required}") Long organisationId,
    @NotNull(message = "{accountability.body.required}") Body body,
    @NotNull(message = "{accountability.subject.required}") Subject subjectType,
    Long personId,
    List<String> grounds,
    @NotBlank(message = "{accountability.facts.required}")
        @Size(max = FACTS_LENGTH, message = "{accountability.facts.size}")
        String facts,
    Severity severity,
    List<String> outcomes,
    Handler handledBy,
    @NotNull(message = "{accountability.openedOn.required}") LocalDate openedOn) {
  /** The longest account of the facts. */
  public static final int FACTS_LENGTH = 20000;

  public List<String> grounds() {
    return grounds == null ? List.of() : grounds;
  }

  public List<String> outcomes() {
    return outcomes == null ? List.of() : outcomes;
  }
}

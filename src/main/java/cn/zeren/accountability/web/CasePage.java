package cn.zeren.accountability.web;

import cn.zeren.accountability.AccountabilityAction;
import cn.zeren.accountability.AccountabilityCase;
import cn.zeren.accountability.AccountabilityCatalogue.Body;
import cn.zeren.accountability.AccountabilityCatalogue.Ground;
import cn.zeren.accountability.AccountabilityCatalogue.Handler;
import cn.zeren.accountability.AccountabilityCatalogue.Outcome;
import cn.zeren.accountability.AccountabilityCatalogue.Severity;
import cn.zeren.accountability.AccountabilityCatalogue.Subject;
import cn.zeren.accountability.AccountabilityCatalogue;
import cn.zeren.accountability.AccountabilityService;
import cn.zeren.accountability.CaseForm;
import cn.zeren.accountability.CaseRules;
import cn.zeren.accountability.CaseStatus;
import cn.zeren.calendar.Deadlines;
import cn.zeren.directory.OrganisationService;
import cn.zeren.platform.AccessDeniedException;
import cn.zeren.platform.web.Messages;
import cn.zeren.platform.web.Pages;
import cn.zeren.security.AccessPolicy;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.InputStream;
import java.io.Serializable;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.omnifaces.util.Faces;
import org.primefaces.model.file.UploadedFile;

/**
 * 责任追究案件 ({@code accountability-case.xhtml}, {@code ?id=N} for an existing case): register a case, change it
 * while the facts are established, take the decision and attach the decision document. The grounds offered follow
 * the side held accountable (YW-14 / YW-15); the outcomes offered follow subject and severity (the YW-16 cell),
 * while an outcome chosen before a change of severity stays ticked so that saving shows why it no longer fits.
 * Who may not change the case sees it read-only.
 */
@Named
@ViewScoped
public class CasePage implements Serializable {
  private static final long serialVersionUID = 1L;
  static final String FORM = "caseForm";

  @Inject AccountabilityService cases;
  @Inject OrganisationService organisations;
  @Inject AccessPolicy access;

  private String id;
  private Long caseId;
  private long version;
  private CaseStatus status = CaseStatus.ESTABLISHING_FACTS;
  private boolean manageable;
  private boolean hasDocument;
  private String fileName;
  private Long organisationId;
  private Body body = Body.PARTY_COMMITTEE;
  private Subject subjectType = Subject.TEAM;
  private Long personId;
  private List<String> grounds = new ArrayList<>();
  private String facts;
  private Severity severity;
  private List<String> outcomes = new ArrayList<>();
  private Handler handledBy;
  private LocalDate openedOn;
  private LocalDate decisionDate;
  private transient UploadedFile upload;
  private List<Choice> units = List.of();
  private List<Choice> people = List.of();

  /** A unit or person to choose. */
  public record Choice(long id, String name) implements Serializable {}

  public void load() {
    Pages.load(
        () -> {
          if (id == null || id.isBlank()) {
            startNew();
          } else {
            show(cases.get(Pages.id("accountability", id)));
          }
        });
  }

  private void startNew() {
    if (!cases.canCreate()) {
      throw new AccessDeniedException("error.accessDenied");
    }
    manageable = true;
    openedOn = LocalDate.now(Deadlines.BEIJING);
    decisionDate = openedOn;
    units =
        organisations.visibleTree().stream()
            .filter(o -> o.isActive() && access.permits(AccountabilityAction.MANAGE, o))
            .map(o -> new Choice(o.getId(), o.getName()))
            .toList();
  }

  private void show(AccountabilityCase c) {
    caseId = c.getId();
    version = c.getVersion();
    status = c.getStatus();
    manageable = cases.canManage(c);
    hasDocument = c.hasDocument();
    fileName = c.getFileName();
    organisationId = c.getOrganisation().getId();
    units = List.of(new Choice(organisationId, c.getOrganisation().getName()));
    body = c.getBody();
    subjectType = c.getSubjectType();
    personId = c.getPerson() == null ? null : c.getPerson().getId();
    grounds = new ArrayList<>(c.getGrounds());
    facts = c.getFacts();
    severity = c.getSeverity();
    outcomes = new ArrayList<>(c.getOutcomes());
    handledBy = c.getHandledBy();
    openedOn = c.getOpenedOn();
    decisionDate = c.getDecisionDate() == null ? LocalDate.now(Deadlines.BEIJING) : c.getDecisionDate();
    people = personId == null ? List.of() : List.of(new Choice(personId, c.getPerson().getName()));
    if (isEditable()) {
      refreshPeople();
    }
  }

  /** The unit or side changed: its members are offered, grounds of the other side are dropped. */
  public void sideChanged() {
    List<String> ofSide = cases.catalogue().groundsOf(body).stream().map(Ground::ruleId).toList();
    grounds.retainAll(ofSide);
    refreshPeople();
  }

  private void refreshPeople() {
    if (organisationId == null || !manageable) {
      people = List.of();
      return;
    }
    people =
        cases.subjectsOf(organisationId, body).stream()
            .map(p -> new Choice(p.getPerson().getId(), p.getPerson().getName() + "（" + p.getTitle() + "）"))
            .toList();
    if (personId != null && people.stream().noneMatch(p -> p.id() == personId)) {
      personId = null;
    }
  }

  /** Saves the case (and the chosen document); a refusal stays on the form next to its field. */
  public void save() {
    try {
      AccountabilityCase saved = store();
      boolean created = caseId == null;
      Faces.getFlash().setKeepMessages(true);
      Messages.info("accountability.saved");
      if (created) {
        Faces.redirect("accountability-case.xhtml?id=" + saved.getId());
      } else {
        show(saved);
      }
    } catch (RuntimeException e) {
      Messages.show(e, FORM);
    }
  }

  /** Saves what is on the form, then takes the decision on it (YW-17: the facts first). */
  public void decide() {
    try {
      AccountabilityCase saved = store();
      show(cases.decide(saved.getId(), saved.getVersion(), decisionDate));
      Messages.info("accountability.decidedMessage");
    } catch (RuntimeException e) {
      Messages.show(e, FORM);
    }
  }

  private AccountabilityCase store() {
    AccountabilityCase saved;
    if (isEditable()) {
      CaseForm form =
          new CaseForm(organisationId, body, subjectType, subjectType == Subject.TEAM ? null : personId,
              List.copyOf(grounds), facts, severity, List.copyOf(outcomes), handledBy, openedOn);
      saved = caseId == null ? cases.create(form) : cases.update(caseId, version, form);
    } else {
      saved = cases.get(caseId);
    }
    caseId = saved.getId();
    version = saved.getVersion();
    if (upload != null && upload.getSize() > 0) {
      try (InputStream content = upload.getInputStream()) {
        saved = cases.attach(saved.getId(), saved.getVersion(), upload.getFileName(), content);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      } finally {
        upload = null;
      }
      version = saved.getVersion();
    }
    return saved;
  }

  /** May the form be changed (a manager, case not yet decided)? */
  public boolean isEditable() {
    return manageable && status == CaseStatus.ESTABLISHING_FACTS;
  }

  public boolean isManageable() {
    return manageable;
  }

  public boolean isExisting() {
    return caseId != null;
  }

  public List<Ground> getGroundChoices() {
    return cases.catalogue().groundsOf(body);
  }

  /** The outcomes of the YW-16 cell, plus any chosen earlier that no longer fit (so that saving explains why). */
  public List<Outcome> getOutcomeChoices() {
    AccountabilityCatalogue catalogue = cases.catalogue();
    List<Outcome> choices =
        new ArrayList<>(severity == null ? List.of() : catalogue.allowedOutcomes(subjectType, severity));
    for (String code : outcomes) {
      catalogue.outcome(code).filter(o -> !choices.contains(o)).ifPresent(choices::add);
    }
    return choices;
  }

  /** The handling bodies that may handle every outcome ticked (YW-17), or all of them before a choice. */
  public List<Handler> getHandlerChoices() {
    List<Handler> possible = new ArrayList<>(new CaseRules(cases.catalogue()).handlersFor(outcomes));
    if (handledBy != null && !possible.contains(handledBy)) {
      possible.add(handledBy);
    }
    possible.sort(null);
    return possible;
  }

  public String getMatrixRule() {
    AccountabilityCatalogue.Article matrix = cases.catalogue().matrix();
    return matrix == null ? null : matrix.ruleId() + " " + matrix.article();
  }

  public Body[] getBodies() {
    return Body.values();
  }

  public Subject[] getSubjects() {
    return Subject.values();
  }

  public Severity[] getSeverities() {
    return Severity.values();
  }

  public String getId() {
    return id;
  }

  public void setId(String id) {
    this.id = id;
  }

  public Long getCaseId() {
    return caseId;
  }

  public CaseStatus getStatus() {
    return status;
  }

  public boolean isHasDocument() {
    return hasDocument;
  }

  public String getFileName() {
    return fileName;
  }

  public Long getOrganisationId() {
    return organisationId;
  }

  public void setOrganisationId(Long organisationId) {
    this.organisationId = organisationId;
  }

  public Body getBody() {
    return body;
  }

  public void setBody(Body body) {
    this.body = body;
  }

  public Subject getSubjectType() {
    return subjectType;
  }

  public void setSubjectType(Subject subjectType) {
    this.subjectType = subjectType;
  }

  public Long getPersonId() {
    return personId;
  }

  public void setPersonId(Long personId) {
    this.personId = personId;
  }

  public List<String> getGrounds() {
    return grounds;
  }

  public void setGrounds(List<String> grounds) {
    this.grounds = grounds == null ? new ArrayList<>() : new ArrayList<>(grounds);
  }

  public String getFacts() {
    return facts;
  }

  public void setFacts(String facts) {
    this.facts = facts;
  }

  public Severity getSeverity() {
    return severity;
  }

  public void setSeverity(Severity severity) {
    this.severity = severity;
  }

  public List<String> getOutcomes() {
    return outcomes;
  }

  public void setOutcomes(List<String> outcomes) {
    this.outcomes = outcomes == null ? new ArrayList<>() : new ArrayList<>(outcomes);
  }

  public Handler getHandledBy() {
    return handledBy;
  }

  public void setHandledBy(Handler handledBy) {
    this.handledBy = handledBy;
  }

  public LocalDate getOpenedOn() {
    return openedOn;
  }

  public void setOpenedOn(LocalDate openedOn) {
    this.openedOn = openedOn;
  }

  public LocalDate getDecisionDate() {
    return decisionDate;
  }

  public void setDecisionDate(LocalDate decisionDate) {
    this.decisionDate = decisionDate;
  }

  public UploadedFile getUpload() {
    return upload;
  }

  public void setUpload(UploadedFile upload) {
    this.upload = upload;
  }

  public List<Choice> getUnits() {
    return units;
  }

  public List<Choice> getPeople() {
    return people;
  }
}

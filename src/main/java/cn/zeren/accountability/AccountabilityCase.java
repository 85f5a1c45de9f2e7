package cn.zeren.accountability;

import cn.zeren.organisation.Organisation;
import cn.zeren.organisation.Person;
import cn.zeren.platform.persistence.VersionedEntity;
import cn.zeren.platform.files.DocumentType;
import cn.zeren.platform.files.FileStore;
import cn.zeren.accountability.AccountabilityCatalogue.Body;
import cn.zeren.accountability.AccountabilityCatalogue.Handler;
import cn.zeren.accountability.AccountabilityCatalogue.Severity;
import cn.zeren.accountability.AccountabilityCatalogue.Subject;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.LocalDate;
import java.util.List;

/**
 * An accountability case (责任追究案件, YW-14 … YW-17): a unit's leadership team or one of its members held
 * accountable on grounds of the catalogue, with the facts, the severity (情节), the outcomes of the YW-16 matrix, the
 * handling body (YW-17), the decision date and the decision document.
 */
@Entity
@Table(name = "accountability_case")
public class AccountabilityCase extends VersionedEntity {
  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "organisation_id", nullable = false)
  private Organisation organisation;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 24)
  private Body body;

  @Enumerated(EnumType.STRING)
  @Column(name = "subject_type", nullable = false, length = 16)
  private Subject subjectType;

  @ManyToOne(fetch = FetchType.LAZY)
  @JoinColumn(name = "person_id")
  private Person person;

  /** Rule ids of the grounds, comma-separated in the catalogue's order (one column, so the audit trail shows it). */
  @Column(nullable = false, length = 400)
  private String grounds;

  @Column(nullable = false)
  private String facts;

  @Enumerated(EnumType.STRING)
  @Column(length = 16)
  private Severity severity;

  /** Outcome codes, comma-separated in the catalogue's order; empty while not yet decided. */
  @Column(nullable = false, length = 400)
  private String outcomes = "";

  @Enumerated(EnumType.STRING)
  @Column(name = "handled_by", length = 32)
  private Handler handledBy;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 24)
  private CaseStatus status = CaseStatus.ESTABLISHING_FACTS;

  @Column(name = "opened_on", nullable = false)
  private LocalDate openedOn;

  @Column(name = "decision_date")
  private LocalDate decisionDate;

  @Column(name = "file_name", length = 200)
  private String fileName;

  @Enumerated(EnumType.STRING)
  @Column(name = "file_type", length = 8)
  private DocumentType fileType;

  @Column(name = "file_size")
  private Long fileSize;

  @Column(name = "file_sha256", length = 64)
  private String fileSha256;

  /** The YW-9.9 obligation instance of the discipline organisation that registered the case, if it carries one. */
  @Column(name = "obligation_id")
  private Long obligationId;

  protected AccountabilityCase() {}

  AccountabilityCase(Organisation organisation) {
    this.organisation = organisation;
  }

  void apply(CaseForm form, Person subjectPerson) {
    body = form.body();
    subjectType = form.subjectType();
    person = subjectPerson;
    grounds = join(form.grounds());
    facts = form.facts().strip();
    severity = form.severity();
    outcomes = join(form.outcomes());
    handledBy = form.handledBy();
    openedOn = form.openedOn();
  }

  void decide(LocalDate date) {
    decisionDate = date;
    status = CaseStatus.DECIDED;
  }

  void attach(String name, FileStore.StoredFile file) {
    fileName = name;
    fileType = file.type();
    fileSize = file.size();
    fileSha256 = file.sha256();
  }

  void linkObligation(long id) {
    obligationId = id;
  }

  private static String join(List<String> codes) {
    return String.join(",", codes.stream().map(String::strip).distinct().toList());
  }

  private static List<String> split(String codes) {
    return codes == null || codes.isEmpty() ? List.of() : List.of(codes.split(","));
  }

  public boolean hasDocument() {
    return fileSha256 != null;
  }

  public Organisation getOrganisation() {
    return organisation;
  }

  public Body getBody() {
    return body;
  }

  public Subject getSubjectType() {
    return subjectType;
  }

  public Person getPerson() {
    return person;
  }

  public List<String> getGrounds() {
    return split(grounds);
  }

  public String getFacts() {
    return facts;
  }

  public Severity getSeverity() {
    return severity;
  }

  public List<String> getOutcomes() {
    return split(outcomes);
  }

  public Handler getHandledBy() {
    return handledBy;
  }

  public CaseStatus getStatus() {
    return status;
  }

  public LocalDate getOpenedOn() {
    return openedOn;
  }

  public LocalDate getDecisionDate() {
    return decisionDate;
  }

  public String getFileName() {
    return fileName;
  }

  public DocumentType getFileType() {
    return fileType;
  }

  public Long getFileSize() {
    return fileSize;
  }

  public String getFileSha256() {
    return fileSha256;
  }

  public Long getObligationId() {
    return obligationId;
  }
}

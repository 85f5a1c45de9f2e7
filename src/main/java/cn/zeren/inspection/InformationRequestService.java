package cn.zeren.inspection;

import cn.zeren.audit.AuditLog;
import cn.zeren.calendar.Deadlines;
import cn.zeren.directory.OrganisationService;
import cn.zeren.obligation.Obligation;
import cn.zeren.obligation.ObligationService;
import cn.zeren.obligation.ObligationStatus;
import cn.zeren.organisation.Organisation;
import cn.zeren.platform.AccessDeniedException;
import cn.zeren.platform.ConcurrentChangeException;
import cn.zeren.platform.DomainException;
import cn.zeren.platform.NotFoundException;
import cn.zeren.platform.files.Download;
import cn.zeren.platform.files.FileStore;
import cn.zeren.rules.ObligationRule;
import cn.zeren.rules.RulePackRegistry;
import cn.zeren.rules.Scope;
import cn.zeren.security.AccessPolicy;
import cn.zeren.security.Actor;
import cn.zeren.security.ActorContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.io.InputStream;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Before entry (巡前沟通信息, XC-3.2): the office writes to the bodies of the pack's list about a round's targets;
 * each letter opens an obligation instance of the recipient unit (the per-event rule of the event
 * {@value #EVENT}, due on the working-day calendar), so the letter shows in the recipient's tasks and reminders; the
 * recipient answers in writing with documents, which fulfils the instance on time or late. The recipient sees its
 * letter — the round's name, the targets, what to provide — and nothing else of the round.
 */
@ApplicationScoped
public class InformationRequestService {
  /** The event the pack's per-event rules of the information letters name. */
  public static final String EVENT = "INSPECTION_INFORMATION_REQUEST";
  static final String EVIDENCE_TYPE = "INSPECTION_REQUEST";
  static final String FILE_FIELD = "file";
  private static final int ANSWER_MAX = 4000;
  private static final int DOCUMENTS_MAX = 20;

  @PersistenceContext EntityManager em;
  @Inject AccessPolicy access;
  @Inject OrganisationService organisations;
  @Inject RoundService rounds;
  @Inject RulePackRegistry registry;
  @Inject ObligationService obligations;
  @Inject FileStore files;
  @Inject AuditLog audit;
  @Inject Clock clock;

  /** The bodies the pack in force asks, in its order (empty when no pack names them). */
  public List<InspectionCoordination.Recipient> recipients() {
    return registry.active().section(InspectionCoordination.class).informationRequests()
        .map(InspectionCoordination.InformationRequests::recipients)
        .orElse(List.of());
  }

  /** The letters of a round, as the caller may see the round. */
  public List<InformationRequest> ofRound(long roundId) {
    InspectionRound round = rounds.get(roundId);
    return em.createQuery(
            "SELECT q FROM InformationRequest q JOIN FETCH q.organisation WHERE q.round = :r ORDER BY q.id",
            InformationRequest.class)
        .setParameter("r", round)
        .getResultList();
  }

  /** The letters addressed to units the caller answers for, newest first. */
  public List<InformationRequest> addressedToMe() {
    String scope = access.scopeFor(InspectionAction.ANSWER);
    return em.createQuery(
            "SELECT q FROM InformationRequest q JOIN FETCH q.organisation o JOIN FETCH q.round"
                + " WHERE o.path LIKE :scope ORDER BY q.sentOn DESC, q.id DESC",
            InformationRequest.class)
        .setParameter("scope", scope + "%")
        .getResultList()
        .stream()
        .filter(this::isRecipient)
        .toList();
  }

  /** One letter, for the office, the leading group, the round's group or the recipient. */
  public InformationRequest get(long id) {
    InformationRequest request = em.find(InformationRequest.class, id);
    if (request == null) {
      throw new NotFoundException("inspection.request", id);
    }
    if (!isRecipient(request)) {
      rounds.get(request.getRound().getId());
    }
    return request;
  }

  /** The targets a letter asks about (the recipient reads these, not the round's groups or draws). */
  public List<String> targetsOf(InformationRequest request) {
    get(request.getId());
    return em.createQuery(
            "SELECT o.name FROM RoundTarget t JOIN t.organisation o WHERE t.round = :r ORDER BY o.path", String.class)
        .setParameter("r", request.getRound())
        .getResultList();
  }

  public List<RequestDocument> documents(long requestId) {
    InformationRequest request = get(requestId);
    return em.createQuery(
            "SELECT d FROM RequestDocument d WHERE d.request = :q ORDER BY d.uploadedAt, d.id", RequestDocument.class)
        .setParameter("q", request)
        .getResultList();
  }

  public Download document(long requestId, long documentId) {
    InformationRequest request = get(requestId);
    RequestDocument d = em.find(RequestDocument.class, documentId);
    if (d == null || !d.getRequest().getId().equals(request.getId())) {
      throw new NotFoundException("inspection.requestDocument", requestId + "/" + documentId);
    }
    return new Download(files.path(d.getFileSha256()), d.getFileName(), d.getFileType(), d.getFileSize());
  }

  /** May the caller answer this letter now (the page shows the form only then; {@link #answer} checks again)? */
  public boolean mayAnswer(InformationRequest request) {
    return !request.isAnswered() && isRecipient(request);
  }

  // ---- writing ----

  /**
   * Sends the round's letters: one per recipient of the pack's list given a unit in {@code recipients} (recipient
   * key → unit id), received on {@code sentOn}; each opens the recipient unit's obligation instance.
   */
  @Transactional
  public List<InformationRequest> send(long roundId, Map<String, Long> recipients, LocalDate sentOn) {
    access.require(InspectionAction.MANAGE, organisations.root());
    InspectionRound round = em.find(InspectionRound.class, roundId, LockModeType.PESSIMISTIC_WRITE);
    if (round == null) {
      throw new NotFoundException("inspection.round", roundId);
    }
    if (sentOn == null) {
      throw DomainException.onField("sentOn", "inspection.request.sentOn.required");
    }
    if (sentOn.isAfter(LocalDate.now(clock.withZone(Deadlines.BEIJING)))) {
      throw DomainException.onField("sentOn", "inspection.request.sentOn.future");
    }
    InspectionCoordination.InformationRequests letters =
        registry.active().section(InspectionCoordination.class).informationRequests()
            .orElseThrow(() -> DomainException.onField("sentOn", "inspection.request.noRule"));
    List<String> already = em.createQuery(
            "SELECT q.recipientKey FROM InformationRequest q WHERE q.round = :r", String.class)
        .setParameter("r", round)
        .getResultList();
    List<InformationRequest> sent = new ArrayList<>();
    for (Map.Entry<String, Long> chosen : recipients.entrySet()) {
      if (chosen.getValue() == null) {
        continue;
      }
      InspectionCoordination.Recipient recipient = letters.recipient(chosen.getKey())
          .orElseThrow(() -> DomainException.onField("recipients", "inspection.request.unknownRecipient",
              chosen.getKey()));
      if (already.contains(recipient.key())) {
        throw DomainException.onField("recipients", "inspection.request.alreadySent", recipient.title());
      }
      Organisation unit = em.find(Organisation.class, chosen.getValue());
      if (unit == null || !unit.isActive()) {
        throw DomainException.onField("recipients", "inspection.request.unitUnknown", recipient.title());
      }
      ObligationRule rule = ruleFor(unit);
      // The office does not fulfil the recipient's obligations; opening the recipient's instance is the system's,
      // on the office's authorised and audited letter.
      Obligation instance = ActorContext.supplyAs(Actor.system(),
          () -> obligations.openForEvent(rule.ruleId(), unit.getId(), sentOn));
      InformationRequest letter = new InformationRequest(round, recipient.key(), recipient.title(),
          recipient.provides(), unit, rule.ruleId(), instance.getId(), sentOn, instance.getDueDate(),
          access.actor().displayName());
      em.persist(letter);
      sent.add(letter);
    }
    if (sent.isEmpty()) {
      throw DomainException.onField("recipients", "inspection.request.noneChosen");
    }
    em.flush();
    for (InformationRequest letter : sent) {
      Map<String, Object> details = new LinkedHashMap<>();
      details.put("round", round.getName());
      details.put("recipient", letter.getRecipientTitle());
      details.put("unit", letter.getOrganisation().getName());
      details.put("rule", letter.getRuleId());
      details.put("sentOn", letter.getSentOn().toString());
      details.put("due", letter.getDueDate().toString());
      audit.record("INSPECTION_REQUEST_SENT", "InformationRequest", letter.getId(), details);
    }
    return sent;
  }

  /** The recipient's written answer, with its documents; fulfils the letter's obligation instance. */
  @Transactional
  public InformationRequest answer(long id, long expectedVersion, String text) {
    InformationRequest request = answerable(id, expectedVersion);
    if (text == null || text.isBlank()) {
      throw DomainException.onField("answer", "inspection.request.answer.required");
    }
    if (text.strip().length() > ANSWER_MAX) {
      throw DomainException.onField("answer", "inspection.request.answer.size", String.valueOf(ANSWER_MAX));
    }
    Instant now = clock.instant();
    Obligation instance =
        obligations.recordEvidence(request.getObligationId(), EVIDENCE_TYPE, String.valueOf(id), null, now);
    boolean late = instance.getStatus() == ObligationStatus.DONE_LATE;
    request.answer(text.strip(), access.actor().displayName(), now, late);
    em.flush();
    audit.record("INSPECTION_REQUEST_ANSWERED", "InformationRequest", id,
        Map.of("round", request.getRound().getName(), "recipient", request.getRecipientTitle(), "late", late));
    return request;
  }

  /** Adds a document (PDF, OFD, DOCX, XLSX, JPEG, PNG, checked by content) to a letter not yet answered. */
  @Transactional
  public InformationRequest attach(long id, long expectedVersion, String fileName, InputStream content) {
    InformationRequest request = answerable(id, expectedVersion);
    long count = em.createQuery("SELECT COUNT(d) FROM RequestDocument d WHERE d.request = :q", Long.class)
        .setParameter("q", request)
        .getSingleResult();
    if (count >= DOCUMENTS_MAX) {
      throw DomainException.onField(FILE_FIELD, "inspection.request.documents.tooMany", String.valueOf(DOCUMENTS_MAX));
    }
    String name = FileStore.cleanName(fileName, FILE_FIELD);
    em.persist(new RequestDocument(request, name, files.store(name, content), clock.instant(),
        access.actor().displayName()));
    em.flush();
    audit.record("INSPECTION_REQUEST_DOCUMENT", "InformationRequest", id, Map.of("file", name));
    return request;
  }

  private InformationRequest answerable(long id, long expectedVersion) {
    InformationRequest request = em.find(InformationRequest.class, id, LockModeType.PESSIMISTIC_WRITE);
    if (request == null) {
      throw new NotFoundException("inspection.request", id);
    }
    if (!isRecipient(request)) {
      throw new AccessDeniedException("error.accessDenied");
    }
    ConcurrentChangeException.check(expectedVersion, request.getVersion());
    if (request.isAnswered()) {
      throw DomainException.onField("answer", "inspection.request.alreadyAnswered");
    }
    return request;
  }

  /**
   * Whether the caller answers for the letter's unit: a role that reaches the unit and carries the rule's owner
   * there (a commission reviewer answers the commission's letter, not the organisation department's).
   */
  private boolean isRecipient(InformationRequest request) {
    Actor actor = access.actor();
    if (!access.permits(InspectionAction.ANSWER, request.getOrganisation()) || !actor.hasRole()) {
      return false;
    }
    return registry.anyRule(request.getRuleId())
        .map(rule -> obligations.carriedBy(rule.owner()).contains(actor.role()))
        .orElse(false);
  }

  /** The pack's rule for a letter to this unit: the city's commission (scope CITY) or another unit (UNITS). */
  private ObligationRule ruleFor(Organisation unit) {
    Scope scope = unit.getParent() == null ? Scope.CITY : Scope.UNITS;
    return registry.active().obligations().stream()
        .filter(r -> EVENT.equals(r.event()) && (r.scope() == scope || r.scope() == Scope.ALL))
        .findFirst()
        .orElseThrow(() -> DomainException.onField("recipients", "inspection.request.noRule"));
  }
}

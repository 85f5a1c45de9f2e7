package cn.zeren.lists;

import cn.zeren.calendar.Deadlines;
import cn.zeren.organisation.Organisation;
import cn.zeren.platform.AccessDeniedException;
import cn.zeren.platform.ConcurrentChangeException;
import cn.zeren.platform.DomainException;
import cn.zeren.platform.NotFoundException;
import cn.zeren.platform.Years;
import cn.zeren.rules.RulePackRegistry;
import cn.zeren.security.AccessPolicy;
import cn.zeren.security.Actor;
import cn.zeren.signature.SignatureService;
import cn.zeren.signature.SignatureView;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * The signed lists (YW-11) of the kinds the rule pack names: a unit's list for a year is created (a responsibility
 * list from the pack's 监督责任书 template), its current version edited by the kind's editor roles while nobody has
 * signed it, signed by the kind's signer at that very unit (YW-11.3) through the signature service, and changed
 * afterwards only by opening the next version, which must be signed again. Every call is authorised here; every
 * write is audited by the JPA listener.
 */
@ApplicationScoped
public class ListService {
  private static final int LIST_MAX = 2_000;

  @PersistenceContext EntityManager em;
  @Inject AccessPolicy access;
  @Inject RulePackRegistry rules;
  @Inject SignatureService signatures;
  @Inject ListContentSource contents;
  @Inject Event<ProblemListSigned> problemListSigned;
  @Inject ListStore store;
  @Inject Clock clock;

  // ---- reading ----

  public SignedLists pack() {
    return rules.active().section(SignedLists.class);
  }

  public SignedListRule rule(SignedListKind kind) {
    return pack().rule(kind).orElseThrow(() -> new NotFoundException("list.kind", kind));
  }

  /** The lists of the acting role's subtree, optionally of one year and kind, by unit, year and kind. */
  public List<SignedList> visible(Integer year, SignedListKind kind) {
    String scope = access.scopeFor(ListAction.VIEW);
    return em.createQuery(
            "SELECT l FROM SignedList l JOIN FETCH l.organisation o WHERE o.path LIKE :scope"
                + " AND (:year IS NULL OR l.year = :year) AND (:kind IS NULL OR l.kind = :kind)"
                + " ORDER BY l.year DESC, o.path, l.kind",
            SignedList.class)
        .setParameter("scope", scope + "%")
        .setParameter("year", year)
        .setParameter("kind", kind)
        .setMaxResults(LIST_MAX)
        .getResultList();
  }

  public SignedList get(long listId) {
    SignedList list = store.list(listId);
    access.require(ListAction.VIEW, list.getOrganisation());
    return list;
  }

  /** Every version, oldest first. */
  public List<ListVersion> versions(long listId) {
    return store.versions(get(listId));
  }

  public ListVersion version(long listId, int number) {
    return store.version(get(listId), number);
  }

  public List<ListItem> items(long listId, int number) {
    return store.items(version(listId, number));
  }

  public boolean isSigned(ListVersion version) {
    return signatures.isSigned(ListContentSource.SUBJECT, version.getId());
  }

  /** The signatures of a version, oldest first. */
  public List<SignatureView> signatures(ListVersion version) {
    access.require(ListAction.VIEW, version.getList().getOrganisation());
    return signatures.forSubject(ListContentSource.SUBJECT, version.getId());
  }

  /** Whether the acting role may create lists of the kind (in its own unit or subtree). */
  public boolean mayCreate(SignedListKind kind) {
    Actor actor = access.actor();
    return actor.isSystem() || (access.permitsSomewhere(ListAction.EDIT)
        && pack().rule(kind).map(r -> r.editorRoles().contains(actor.role())).orElse(false));
  }

  /** Whether the acting role writes any kind of list. */
  public boolean permitsCreating() {
    return Arrays.stream(SignedListKind.values()).anyMatch(this::mayCreate);
  }

  public ListActions actionsOn(ListVersion version) {
    SignedList list = version.getList();
    boolean current = version.getNumber() == list.getCurrentVersion();
    boolean signed = isSigned(version);
    boolean editor = isEditor(list);
    return new ListActions(current && !signed && editor, current && signed && editor,
        current && !signed && isSigner(list));
  }

  /** The role that signs this list (YW-11.3, from the pack). */
  public String signerRole(SignedList list) {
    return rule(list.getKind()).signerFor(list.getOrganisation().getParent() == null).name();
  }

  /** The tasks of the unit's current responsibility list of the year, for a problem's "responsibility touched". */
  public List<String> responsibilityTasks(long organisationId, int year) {
    Organisation unit = organisation(organisationId);
    access.require(ListAction.VIEW, unit);
    return store.currentItems(organisationId, SignedListKind.RESPONSIBILITY, year).stream()
        .map(ListItem::getTask).toList();
  }

  /** The problems of the unit's current problem list of the year, for a rectification item to answer. */
  public List<ListItem> problems(long organisationId, int year) {
    Organisation unit = organisation(organisationId);
    access.require(ListAction.VIEW, unit);
    return store.currentItems(organisationId, SignedListKind.PROBLEM, year);
  }

  /** The unit's problem list of the same year, whose problems a rectification list answers. */
  public Optional<SignedList> problemListFor(SignedList list) {
    access.require(ListAction.VIEW, list.getOrganisation());
    return store.find(list.getOrganisation().getId(), SignedListKind.PROBLEM, list.getYear());
  }

  /** The organisations of the subtree where the acting role may create lists (its editor reach). */
  public List<Organisation> creatableOrganisations() {
    String scope = access.scopeFor(ListAction.EDIT);
    return em.createQuery(
            "SELECT o FROM Organisation o WHERE o.path LIKE :scope AND o.active = TRUE ORDER BY o.path",
            Organisation.class)
        .setParameter("scope", scope + "%")
        .setMaxResults(LIST_MAX)
        .getResultList();
  }

  // ---- writing ----

  /** A new list of a unit for a year, with its first version (a responsibility list filled from the template). */
  @Transactional
  public SignedList create(SignedListKind kind, long organisationId, int year) {
    SignedListRule rule = rule(kind);
    Organisation unit = organisation(organisationId);
    requireEditor(rule, unit);
    Years.require("year", year);
    if (store.find(organisationId, kind, year).isPresent()) {
      throw DomainException.onField("kind", "list.exists");
    }
    Actor actor = access.actor();
    SignedList list = new SignedList(kind, rule.ruleId(), unit, year, actor.displayName());
    em.persist(list);
    ListVersion first = new ListVersion(list, 1, actor.displayName());
    em.persist(first);
    int position = 1;
    for (SignedListRule.TemplateItem t : rule.templateItems()) {
      em.persist(new ListItem(first, list.takeItemKey(), position++,
          ItemFields.responsibility(t.task(), t.measure(), t.owner(), t.expectedEvidence())));
    }
    em.flush();
    return list;
  }

  /** Adds an item at the end of the current, unsigned version. */
  @Transactional
  public ListItem addItem(long listId, ItemFields fields) {
    SignedList list = store.list(listId);
    ListVersion version = editableCurrent(list);
    ItemFields clean = clean(list, fields);
    int position = store.items(version).stream().mapToInt(ListItem::getPosition).max().orElse(0) + 1;
    ListItem item = new ListItem(version, list.takeItemKey(), position, clean);
    em.persist(item);
    em.flush();
    return item;
  }

  /** Changes an item of the current, unsigned version; a stale {@code expectedVersion} is a conflict. */
  @Transactional
  public ListItem updateItem(long itemId, long expectedVersion, ItemFields fields) {
    ListItem item = store.item(itemId);
    SignedList list = item.getListVersion().getList();
    ListVersion version = editableCurrent(list);
    requireSameVersion(item, version);
    ConcurrentChangeException.check(expectedVersion, item.getVersion());
    item.apply(clean(list, fields));
    em.flush();
    return item;
  }

  @Transactional
  public void removeItem(long itemId, long expectedVersion) {
    ListItem item = store.item(itemId);
    ListVersion version = editableCurrent(item.getListVersion().getList());
    requireSameVersion(item, version);
    ConcurrentChangeException.check(expectedVersion, item.getVersion());
    em.remove(item);
    em.flush();
  }

  /**
   * Opens the next version of a list whose current version is signed: a copy of its items, editable, unsigned. An
   * unsigned current version is edited as it is.
   */
  @Transactional
  public ListVersion newVersion(long listId, long expectedListVersion) {
    SignedList list = store.list(listId);
    requireEditor(rule(list.getKind()), list.getOrganisation());
    ConcurrentChangeException.check(expectedListVersion, list.getVersion());
    ListVersion current = store.current(list);
    if (!isSigned(current)) {
      throw DomainException.byRule(rule(list.getKind()).signerRuleId(), "list.version.notSignedYet");
    }
    list.advanceVersion();
    ListVersion next = new ListVersion(list, list.getCurrentVersion(), access.actor().displayName());
    em.persist(next);
    for (ListItem item : store.items(current)) {
      em.persist(item.copyInto(next));
    }
    em.flush();
    return next;
  }

  /**
   * Signs the current version (YW-11.3): only the kind's signer role held at the list's own organisation, with the
   * password re-entered and an opinion; the content signed is the version as stored. A signed problem list is
   * announced ({@link ProblemListSigned}): its observers open the YW-6.12 follow-up of its upper-level feedback.
   */
  @Transactional
  public SignatureView sign(long listId, int number, String opinion, char[] password) {
    SignedList list = store.list(listId);
    access.require(ListAction.SIGN, list.getOrganisation());
    if (!isSigner(list)) {
      String rule = rule(list.getKind()).signerRuleId();
      throw AccessDeniedException.byRule(rule, "list.sign.notSigner", rule);
    }
    ListVersion version = store.version(list, number);
    if (number != list.getCurrentVersion()) {
      throw DomainException.byRule(rule(list.getKind()).signerRuleId(), "list.sign.notCurrent");
    }
    if (isSigned(version)) {
      throw signed(list);
    }
    List<ListItem> items = store.items(version);
    if (items.isEmpty()) {
      throw DomainException.byRule(rule(list.getKind()).signerRuleId(), "list.sign.empty");
    }
    em.lock(version, LockModeType.OPTIMISTIC_FORCE_INCREMENT);
    em.flush();
    SignatureView signature =
        signatures.sign(contents.content(version.getId()), rule(list.getKind()).signerRuleId(), opinion, password);
    if (list.getKind() == SignedListKind.PROBLEM) {
      problemListSigned.fire(new ProblemListSigned(list, items));
    }
    return signature;
  }

  // ---- checks ----

  private ListVersion editableCurrent(SignedList list) {
    requireEditor(rule(list.getKind()), list.getOrganisation());
    ListVersion current = store.current(list);
    if (isSigned(current)) {
      throw signed(list);
    }
    em.lock(current, LockModeType.OPTIMISTIC_FORCE_INCREMENT);
    return current;
  }

  /** The refusal to change a signed version, citing the article that makes it final. */
  private DomainException signed(SignedList list) {
    String rule = rule(list.getKind()).signerRuleId();
    return DomainException.byRule(rule, "list.version.signed", rule);
  }

  private void requireSameVersion(ListItem item, ListVersion current) {
    if (!item.getListVersion().getId().equals(current.getId())) {
      throw signed(current.getList());
    }
  }

  private ItemFields clean(SignedList list, ItemFields fields) {
    LocalDate today = LocalDate.now(clock.withZone(Deadlines.BEIJING));
    ItemFields clean = ListRules.normalise(list.getKind(), fields, pack(), today);
    if (list.getKind() == SignedListKind.RECTIFICATION) {
      boolean known = store.currentItems(list.getOrganisation().getId(), SignedListKind.PROBLEM, list.getYear())
          .stream().anyMatch(p -> p.getItemKey().equals(clean.problemKey()));
      if (!known) {
        throw new ListRuleException(rule(list.getKind()).ruleId(), "problemKey", "list.item.problemKey", clean.problemKey());
      }
    }
    return clean;
  }

  private void requireEditor(SignedListRule rule, Organisation unit) {
    access.require(ListAction.EDIT, unit);
    Actor actor = access.actor();
    if (!actor.isSystem() && !rule.editorRoles().contains(actor.role())) {
      throw new AccessDeniedException("error.accessDenied");
    }
  }

  private boolean isEditor(SignedList list) {
    Actor actor = access.actor();
    return access.permits(ListAction.EDIT, list.getOrganisation())
        && (actor.isSystem() || rule(list.getKind()).editorRoles().contains(actor.role()));
  }

  private boolean isSigner(SignedList list) {
    Actor actor = access.actor();
    return access.permits(ListAction.SIGN, list.getOrganisation())
        && ListRules.maySign(rule(list.getKind()), list.getOrganisation().getParent() == null,
            list.getOrganisation().getId(), actor.role(), actor.orgId());
  }

  private Organisation organisation(long id) {
    Organisation unit = em.find(Organisation.class, id);
    if (unit == null) {
      throw new NotFoundException("organisation", id);
    }
    return unit;
  }
}

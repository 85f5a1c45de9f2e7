package cn.zeren.inspection;

import cn.zeren.audit.AuditLog;
import cn.zeren.directory.OrganisationService;
import cn.zeren.organisation.Organisation;
import cn.zeren.organisation.Person;
import cn.zeren.platform.ConcurrentChangeException;
import cn.zeren.platform.DomainException;
import cn.zeren.platform.NotFoundException;
import cn.zeren.security.AccessPolicy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;
import java.time.Clock;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The leader pool (组长库) and the talent pool (人才库), with the facts avoidance is decided on: past posts (任职), places
 * (地域) and declared relatives and interests (公务). The office keeps them ({@link InspectionAction#MANAGE}); the
 * leading group reads them. Every change is audited; nothing a draw recorded is ever changed by a later edit, since
 * the draw keeps its own copy of the facts.
 */
@ApplicationScoped
public class PoolService {
  @PersistenceContext EntityManager em;
  @Inject AccessPolicy access;
  @Inject OrganisationService organisations;
  @Inject AuditLog audit;
  @Inject Clock clock;

  /** The pool's members (active first, then by name); inactive ones only when asked. */
  public List<PoolMember> members(PoolKind pool, boolean includeInactive) {
    access.require(InspectionAction.VIEW_ALL, organisations.root());
    return em.createQuery(
            "SELECT m FROM PoolMember m JOIN FETCH m.person p WHERE m.pool = :pool AND (:all = TRUE OR m.active = TRUE)"
                + " ORDER BY m.active DESC, p.name, m.id",
            PoolMember.class)
        .setParameter("pool", pool)
        .setParameter("all", includeInactive)
        .getResultList();
  }

  public PoolMember get(long id) {
    access.require(InspectionAction.VIEW_ALL, organisations.root());
    PoolMember member = em.find(PoolMember.class, id);
    if (member == null) {
      throw new NotFoundException("inspection.poolMember", id);
    }
    return member;
  }

  /** People of the directory whose name contains the text, to put in a pool (at most 20, active only). */
  public List<Person> personChoices(String nameContains) {
    access.require(InspectionAction.MANAGE, organisations.root());
    if (nameContains == null || nameContains.isBlank()) {
      return List.of();
    }
    return em.createQuery(
            "SELECT p FROM Person p JOIN FETCH p.organisation WHERE p.active = TRUE AND p.name LIKE :q"
                + " ORDER BY p.name, p.id",
            Person.class)
        .setParameter("q", "%" + nameContains.strip().replace("%", "").replace("_", "") + "%")
        .setMaxResults(20)
        .getResultList();
  }

  /** The units a past post or a declaration may name: every active organisation. */
  public List<Organisation> organisationChoices() {
    access.require(InspectionAction.MANAGE, organisations.root());
    return em.createQuery("SELECT o FROM Organisation o WHERE o.active = TRUE ORDER BY o.path", Organisation.class)
        .getResultList();
  }

  public boolean mayManage() {
    return access.permits(InspectionAction.MANAGE, organisations.root());
  }

  /** Puts a person of the directory in a pool; one entry per person and pool. */
  @Transactional
  public PoolMember add(@Valid PoolForm form) {
    access.require(InspectionAction.MANAGE, organisations.root());
    Person person = em.find(Person.class, form.personId());
    if (person == null || !person.isActive()) {
      throw DomainException.onField("personId", "inspection.pool.personUnknown");
    }
    Long existing = em.createQuery(
            "SELECT COUNT(m) FROM PoolMember m WHERE m.person = :p AND m.pool = :pool", Long.class)
        .setParameter("p", person)
        .setParameter("pool", form.pool())
        .getSingleResult();
    if (existing > 0) {
      throw DomainException.onField("personId", "inspection.pool.duplicate", person.getName());
    }
    PoolMember member = new PoolMember(person, form.pool());
    member.describe(form.nativePlace(), form.placesWorked(), form.expertise(), form.dispatched(), form.note());
    em.persist(member);
    em.flush();
    audit.record("INSPECTION_POOL_ADDED", "PoolMember", member.getId(), details(member));
    return member;
  }

  @Transactional
  public PoolMember update(long id, long expectedVersion, @Valid PoolForm form) {
    access.require(InspectionAction.MANAGE, organisations.root());
    PoolMember member = get(id);
    ConcurrentChangeException.check(expectedVersion, member.getVersion());
    member.describe(form.nativePlace(), form.placesWorked(), form.expertise(), form.dispatched(), form.note());
    em.flush();
    audit.record("INSPECTION_POOL_CHANGED", "PoolMember", id, details(member));
    return member;
  }

  /** Takes a member out of the pool (no later draw offers them) or back in. */
  @Transactional
  public PoolMember setActive(long id, long expectedVersion, boolean active) {
    access.require(InspectionAction.MANAGE, organisations.root());
    PoolMember member = get(id);
    ConcurrentChangeException.check(expectedVersion, member.getVersion());
    member.setActive(active);
    em.flush();
    audit.record(active ? "INSPECTION_POOL_REACTIVATED" : "INSPECTION_POOL_DEACTIVATED", "PoolMember", id,
        details(member));
    return member;
  }

  // ---- the facts of avoidance ----

  public List<PastPost> pastPosts(long personId) {
    access.require(InspectionAction.VIEW_ALL, organisations.root());
    return em.createQuery(
            "SELECT p FROM PastPost p JOIN FETCH p.organisation WHERE p.person.id = :person"
                + " ORDER BY p.fromDate DESC, p.id",
            PastPost.class)
        .setParameter("person", personId)
        .getResultList();
  }

  /** Records a post the person held before; it ended before today (current posts are the directory's). */
  @Transactional
  public PastPost addPastPost(long personId, Long organisationId, String title, LocalDate from, LocalDate to) {
    access.require(InspectionAction.MANAGE, organisations.root());
    Person person = person(personId);
    Organisation unit = organisation(organisationId, "postOrganisation");
    if (title == null || title.isBlank()) {
      throw DomainException.onField("postTitle", "inspection.post.title.required");
    }
    if (title.strip().length() > 100) {
      throw DomainException.onField("postTitle", "inspection.post.title.size");
    }
    if (from == null) {
      throw DomainException.onField("postFrom", "inspection.post.fromDate.required");
    }
    if (to == null) {
      throw DomainException.onField("postTo", "inspection.post.toDate.required");
    }
    if (to.isBefore(from)) {
      throw DomainException.onField("postTo", "inspection.post.toBeforeFrom");
    }
    if (to.isAfter(LocalDate.now(clock))) {
      throw DomainException.onField("postTo", "inspection.post.notPast");
    }
    PastPost post = new PastPost(person, unit, title, from, to);
    em.persist(post);
    em.flush();
    Map<String, Object> details = new LinkedHashMap<>();
    details.put("person", person.getName());
    details.put("organisation", unit.getName());
    details.put("title", post.getTitle());
    details.put("from", from.toString());
    details.put("to", to.toString());
    audit.record("INSPECTION_PAST_POST_ADDED", "PastPost", post.getId(), details);
    return post;
  }

  @Transactional
  public void removePastPost(long id) {
    access.require(InspectionAction.MANAGE, organisations.root());
    PastPost post = em.find(PastPost.class, id);
    if (post == null) {
      throw new NotFoundException("inspection.pastPost", id);
    }
    Map<String, Object> details = new LinkedHashMap<>();
    details.put("person", post.getPerson().getName());
    details.put("organisation", post.getOrganisation().getName());
    details.put("title", post.getTitle());
    em.remove(post);
    audit.record("INSPECTION_PAST_POST_REMOVED", "PastPost", id, details);
  }

  public List<InterestDeclaration> declarations(long personId) {
    access.require(InspectionAction.VIEW_ALL, organisations.root());
    return em.createQuery(
            "SELECT d FROM InterestDeclaration d JOIN FETCH d.organisation WHERE d.person.id = :person ORDER BY d.id",
            InterestDeclaration.class)
        .setParameter("person", personId)
        .getResultList();
  }

  @Transactional
  public InterestDeclaration declare(long personId, Long organisationId, String relation, String detail) {
    access.require(InspectionAction.MANAGE, organisations.root());
    Person person = person(personId);
    Organisation unit = organisation(organisationId, "declarationOrganisation");
    if (relation == null || relation.isBlank()) {
      throw DomainException.onField("declarationRelation", "inspection.declaration.relation.required");
    }
    if (relation.strip().length() > 50) {
      throw DomainException.onField("declarationRelation", "inspection.declaration.relation.size");
    }
    if (detail != null && detail.strip().length() > 500) {
      throw DomainException.onField("declarationDetail", "inspection.declaration.detail.size");
    }
    InterestDeclaration declaration = new InterestDeclaration(person, unit, relation, detail);
    em.persist(declaration);
    em.flush();
    audit.record("INSPECTION_DECLARATION_ADDED", "InterestDeclaration", declaration.getId(),
        Map.of("person", person.getName(), "organisation", unit.getName(), "relation", declaration.getRelation()));
    return declaration;
  }

  @Transactional
  public void removeDeclaration(long id) {
    access.require(InspectionAction.MANAGE, organisations.root());
    InterestDeclaration declaration = em.find(InterestDeclaration.class, id);
    if (declaration == null) {
      throw new NotFoundException("inspection.declaration", id);
    }
    Map<String, Object> details = Map.of(
        "person", declaration.getPerson().getName(), "organisation", declaration.getOrganisation().getName(),
        "relation", declaration.getRelation());
    em.remove(declaration);
    audit.record("INSPECTION_DECLARATION_REMOVED", "InterestDeclaration", id, details);
  }

  private Person person(long personId) {
    Person person = em.find(Person.class, personId);
    if (person == null) {
      throw new NotFoundException("person", personId);
    }
    return person;
  }

  private Organisation organisation(Long id, String field) {
    Organisation unit = id == null ? null : em.find(Organisation.class, id);
    if (unit == null) {
      throw DomainException.onField(field, "inspection.organisation.required");
    }
    return unit;
  }

  private static Map<String, Object> details(PoolMember member) {
    Map<String, Object> details = new LinkedHashMap<>();
    details.put("person", member.getPerson().getName());
    details.put("pool", member.getPool().name());
    details.put("nativePlace", String.valueOf(member.getNativePlace()));
    details.put("placesWorked", String.valueOf(member.getPlacesWorked()));
    details.put("dispatched", member.isDispatched());
    details.put("active", member.isActive());
    return details;
  }
}

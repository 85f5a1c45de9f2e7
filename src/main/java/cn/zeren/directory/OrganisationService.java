package cn.zeren.directory;

import cn.zeren.organisation.Organisation;
import cn.zeren.organisation.Person;
import cn.zeren.organisation.Position;
import cn.zeren.platform.ConcurrentChangeException;
import cn.zeren.platform.DomainException;
import cn.zeren.platform.NotFoundException;
import cn.zeren.security.AccessPolicy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.PersistenceException;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;
import java.util.List;

/**
 * The organisation tree (组织机构): read within the caller's subtree; created, edited, moved, deactivated and — when
 * it has no history — deleted by administrators. Every method asks {@link AccessPolicy} first.
 */
@ApplicationScoped
public class OrganisationService {
  @PersistenceContext EntityManager em;
  @Inject AccessPolicy access;

  /** The organisations the caller may see, parents before children. */
  public List<Organisation> visibleTree() {
    String scope = access.scopeFor(OrganisationAction.VIEW);
    return em.createQuery(
            "SELECT o FROM Organisation o WHERE o.path LIKE :scope ORDER BY o.path", Organisation.class)
        .setParameter("scope", scope + "%")
        .getResultList();
  }

  public Organisation get(long id) {
    Organisation org = find(id);
    access.require(OrganisationAction.VIEW, org);
    return org;
  }

  /** The root of the tree: the city or county. */
  public Organisation root() {
    return em.createQuery("SELECT o FROM Organisation o WHERE o.parent IS NULL", Organisation.class)
        .getResultStream()
        .findFirst()
        .orElseThrow(() -> new NotFoundException("organisation", "root"));
  }

  @Transactional
  public Organisation create(@Valid Organisation draft, Long parentId) {
    Organisation parent = parentId == null ? null : find(parentId);
    if (parent == null && !rootless()) {
      throw DomainException.onField("parent", "organisation.parent.required");
    }
    if (parent != null) {
      access.require(OrganisationAction.MANAGE, parent);
      if (!parent.isActive()) {
        throw DomainException.onField("parent", "organisation.parent.inactive", parent.getName());
      }
    } else {
      access.require(OrganisationAction.MANAGE, null);
    }
    requireUniqueCode(draft.getCode(), null);
    em.persist(draft);
    em.flush();
    draft.placeUnder(parent);
    return draft;
  }

  @Transactional
  public Organisation update(long id, long expectedVersion, @Valid OrganisationForm form) {
    Organisation org = find(id);
    access.require(OrganisationAction.MANAGE, org);
    ConcurrentChangeException.check(expectedVersion, org.getVersion());
    requireUniqueCode(form.code(), id);
    org.setCode(form.code());
    org.setName(form.name());
    org.setKind(form.kind());
    org.setSortOrder(form.sortOrder());
    org.setPartyBodyType(form.partyBodyType());
    org.setPartyBodyName(form.partyBodyName());
    org.setDisciplineBodyType(form.disciplineBodyType());
    org.setDisciplineBodyName(form.disciplineBodyName());
    return org;
  }

  /** Moves a unit with its whole subtree under another parent; refuses a move into its own subtree. */
  @Transactional
  public Organisation move(long id, long expectedVersion, Long newParentId) {
    if (newParentId == null) {
      throw DomainException.onField("parent", "organisation.parent.required");
    }
    Organisation org = find(id);
    Organisation newParent = find(newParentId);
    access.require(OrganisationAction.MANAGE, org);
    access.require(OrganisationAction.MANAGE, newParent);
    ConcurrentChangeException.check(expectedVersion, org.getVersion());
    if (org.getParent() == null) {
      throw new DomainException("organisation.move.root");
    }
    if (org.contains(newParent)) {
      throw DomainException.onField("parent", "organisation.move.cycle", newParent.getName(), org.getName());
    }
    if (!newParent.isActive()) {
      throw DomainException.onField("parent", "organisation.parent.inactive", newParent.getName());
    }
    String oldPrefix = org.getPath();
    List<Organisation> subtree = subtreeOf(org);
    org.placeUnder(newParent);
    String newPrefix = org.getPath();
    for (Organisation descendant : subtree) {
      if (descendant != org) {
        descendant.setPath(newPrefix + descendant.getPath().substring(oldPrefix.length()));
      }
    }
    return org;
  }

  /** Deactivates a unit: it keeps its history but takes no new work. Its active sub-units must go first. */
  @Transactional
  public Organisation deactivate(long id, long expectedVersion) {
    Organisation org = find(id);
    access.require(OrganisationAction.MANAGE, org);
    ConcurrentChangeException.check(expectedVersion, org.getVersion());
    if (org.getParent() == null) {
      throw new DomainException("organisation.deactivate.root");
    }
    long activeChildren =
        em.createQuery(
                "SELECT COUNT(o) FROM Organisation o WHERE o.parent = :o AND o.active = TRUE", Long.class)
            .setParameter("o", org)
            .getSingleResult();
    if (activeChildren > 0) {
      throw new DomainException("organisation.deactivate.children", org.getName(), activeChildren);
    }
    org.setActive(false);
    return org;
  }

  @Transactional
  public Organisation reactivate(long id, long expectedVersion) {
    Organisation org = find(id);
    access.require(OrganisationAction.MANAGE, org);
    ConcurrentChangeException.check(expectedVersion, org.getVersion());
    if (org.getParent() != null && !org.getParent().isActive()) {
      throw new DomainException("organisation.parent.inactive", org.getParent().getName());
    }
    org.setActive(true);
    return org;
  }

  /**
   * Deletes a unit created by mistake. A unit with history — sub-units, people, posts, roles, work done in its
   * name, or any record of another context that refers to it — is refused and must be deactivated instead.
   */
  @Transactional
  public void delete(long id, long expectedVersion) {
    Organisation org = find(id);
    access.require(OrganisationAction.MANAGE, org);
    ConcurrentChangeException.check(expectedVersion, org.getVersion());
    if (org.getParent() == null || hasHistory(org)) {
      throw new DomainException("organisation.delete.hasHistory", org.getName());
    }
    em.remove(org);
    try {
      em.flush();
    } catch (PersistenceException referencedElsewhere) {
      // a table this service does not know about (a later context's records) still points at the unit
      throw new DomainException("organisation.delete.hasHistory", org.getName());
    }
  }

  boolean hasHistory(Organisation org) {
    for (String jpql :
        List.of(
            "SELECT COUNT(o) FROM Organisation o WHERE o.parent = :o",
            "SELECT COUNT(p) FROM Person p WHERE p.organisation = :o",
            "SELECT COUNT(p) FROM Position p WHERE p.organisation = :o",
            "SELECT COUNT(r) FROM RoleAssignment r WHERE r.organisation = :o")) {
      if (em.createQuery(jpql, Long.class).setParameter("o", org).getSingleResult() > 0) {
        return true;
      }
    }
    // Edits of the unit's own data are not history: creation itself updates the new row once (its path needs the
    // generated id), and the trail of those edits survives the deletion. Work done acting for the unit is history.
    long actedFor =
        em.createQuery("SELECT COUNT(a) FROM AuditEntry a WHERE a.actingOrgId = :id", Long.class)
            .setParameter("id", org.getId())
            .getSingleResult();
    return actedFor > 0;
  }

  List<Organisation> subtreeOf(Organisation org) {
    return em.createQuery("SELECT o FROM Organisation o WHERE o.path LIKE :p", Organisation.class)
        .setParameter("p", org.getPath() + "%")
        .getResultList();
  }

  private boolean rootless() {
    return em.createQuery("SELECT COUNT(o) FROM Organisation o", Long.class).getSingleResult() == 0;
  }

  private void requireUniqueCode(String code, Long exceptId) {
    long clashes =
        em.createQuery(
                "SELECT COUNT(o) FROM Organisation o WHERE o.code = :c AND (:id IS NULL OR o.id <> :id)",
                Long.class)
            .setParameter("c", code)
            .setParameter("id", exceptId)
            .getSingleResult();
    if (clashes > 0) {
      throw DomainException.onField("code", "organisation.code.taken", code);
    }
  }

  private Organisation find(long id) {
    Organisation org = em.find(Organisation.class, id);
    if (org == null) {
      throw new NotFoundException("organisation", id);
    }
    return org;
  }
}

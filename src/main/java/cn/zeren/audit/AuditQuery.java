package cn.zeren.audit;

import cn.zeren.directory.OrganisationService;
import cn.zeren.organisation.Organisation;
import cn.zeren.platform.AccessDeniedException;
import cn.zeren.security.AccessPolicy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Reads the audit trail (审计日志) for roles with {@link AuditAction#VIEW}. It only reads: the trail is
 * append-only and nothing in the portal may change it. A viewer whose role is held below the root sees only the
 * entries of people who acted for an organisation in the viewer's subtree; at the root, every entry, including
 * those of the system and of people not yet signed in.
 */
@ApplicationScoped
public class AuditQuery {
  /** The most entries one call returns. */
  public static final int MAX_RESULTS = 500;

  @PersistenceContext EntityManager em;
  @Inject AccessPolicy access;
  @Inject OrganisationService organisations;

  public long count(AuditFilter filter) {
    Criteria criteria = criteria(filter, reach(filter));
    TypedQuery<Long> query =
        em.createQuery("SELECT COUNT(a) FROM AuditEntry a" + criteria.where(), Long.class);
    criteria.parameters().forEach(query::setParameter);
    return query.getSingleResult();
  }

  /** The matching entries, newest first, from position {@code first} on. */
  public List<AuditRecord> find(AuditFilter filter, int first, int max) {
    Reach reach = reach(filter);
    Criteria criteria = criteria(filter, reach);
    TypedQuery<AuditEntry> query =
        em.createQuery(
            "SELECT a FROM AuditEntry a" + criteria.where() + " ORDER BY a.occurredAt DESC, a.id DESC",
            AuditEntry.class);
    criteria.parameters().forEach(query::setParameter);
    return query.setFirstResult(Math.max(0, first)).setMaxResults(Math.max(1, Math.min(max, MAX_RESULTS)))
        .getResultStream()
        .map(entry -> AuditRecord.of(entry, reach.names().get(entry.getActingOrgId())))
        .toList();
  }

  /** The actions recorded so far, for the viewer's filter. */
  public List<String> actions() {
    access.scopeFor(AuditAction.VIEW);
    return em.createQuery("SELECT DISTINCT a.action FROM AuditEntry a ORDER BY a.action", String.class)
        .getResultList();
  }

  /** The kinds of object recorded so far, for the viewer's filter. */
  public List<String> entityTypes() {
    access.scopeFor(AuditAction.VIEW);
    return em.createQuery("SELECT DISTINCT a.entityType FROM AuditEntry a ORDER BY a.entityType", String.class)
        .getResultList();
  }

  /**
   * The acting organisations whose entries this viewer may read for this filter ({@code orgIds} null: no
   * restriction), and the names of all organisations in reach.
   */
  private record Reach(Set<Long> orgIds, Map<Long, String> names) {}

  private Reach reach(AuditFilter filter) {
    String scope = access.scopeFor(AuditAction.VIEW);
    List<Organisation> visible =
        organisations.visibleTree().stream().filter(o -> o.getPath().startsWith(scope)).toList();
    Map<Long, String> names = visible.stream().collect(Collectors.toMap(Organisation::getId, Organisation::getName));
    if (filter.organisationId() != null) {
      Organisation chosen = organisations.get(filter.organisationId());
      if (!chosen.getPath().startsWith(scope)) {
        throw new AccessDeniedException("error.accessDenied");
      }
      return new Reach(idsWithin(visible, chosen), names);
    }
    boolean wholeTree = "/".equals(scope) || visible.stream().anyMatch(o -> o.getDepth() == 0);
    return new Reach(wholeTree ? null : names.keySet(), names);
  }

  private static Set<Long> idsWithin(List<Organisation> visible, Organisation top) {
    return visible.stream().filter(top::contains).map(Organisation::getId).collect(Collectors.toSet());
  }

  /** A WHERE clause and its parameters; a criterion whose value is null is left out. */
  private record Criteria(List<String> conditions, Map<String, Object> parameters) {
    String where() {
      return conditions.isEmpty() ? "" : " WHERE " + String.join(" AND ", conditions);
    }

    Criteria with(String condition, String parameter, Object value) {
      if (value != null) {
        conditions.add(condition);
        parameters.put(parameter, value);
      }
      return this;
    }
  }

  private static Criteria criteria(AuditFilter filter, Reach reach) {
    return new Criteria(new ArrayList<>(), new LinkedHashMap<>())
        .with("a.actingOrgId IN :orgs", "orgs", reach.orgIds())
        .with("a.occurredAt >= :from", "from", filter.from())
        .with("a.occurredAt <= :to", "to", filter.to())
        .with("a.actorUsername = :actor", "actor", filter.actor())
        .with("a.action = :action", "action", filter.action())
        .with("a.entityType = :type", "type", filter.entityType())
        .with("a.entityId = :entity", "entity", filter.entityId());
  }
}

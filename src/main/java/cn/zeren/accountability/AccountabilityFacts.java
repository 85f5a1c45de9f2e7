package cn.zeren.accountability;

import cn.zeren.organisation.Organisation;
import cn.zeren.platform.NotFoundException;
import cn.zeren.accountability.AccountabilityCatalogue.Severity;
import cn.zeren.accountability.AccountabilityCatalogue.Subject;
import cn.zeren.security.AccessPolicy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.LocalDate;
import java.util.List;

/**
 * The accountability cases (责任追究) decided in a year against the units below an organisation, for the assessment's
 * deductions by severity (YW-16, YW-13.2): one statement whatever the number of units.
 */
@ApplicationScoped
public class AccountabilityFacts {
  @PersistenceContext EntityManager em;
  @Inject AccessPolicy access;

  public List<CaseFact> decidedIn(int year, long subtreeRootId) {
    Organisation root = em.find(Organisation.class, subtreeRootId);
    if (root == null) {
      throw new NotFoundException("organisation", subtreeRootId);
    }
    access.require(AccountabilityAction.VIEW, root);
    return em.createQuery(
            "SELECT c.id, o.id, c.severity, c.decisionDate, c.subjectType, p.name FROM AccountabilityCase c"
                + " JOIN c.organisation o LEFT JOIN c.person p WHERE c.status = :decided"
                + " AND c.decisionDate BETWEEN :from AND :to AND o.path LIKE :p",
            Object[].class)
        .setParameter("decided", CaseStatus.DECIDED)
        .setParameter("from", LocalDate.of(year, 1, 1))
        .setParameter("to", LocalDate.of(year, 12, 31))
        .setParameter("p", root.getPath() + "%")
        .getResultList()
        .stream()
        .map(r -> new CaseFact((Long) r[0], (Long) r[1], (Severity) r[2], (LocalDate) r[3],
            r[4] == Subject.TEAM || r[5] == null ? "领导班子" : (String) r[5]))
        .toList();
  }
}

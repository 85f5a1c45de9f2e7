package cn.zeren.lists;

import cn.zeren.calendar.Deadlines;
import cn.zeren.organisation.Organisation;
import cn.zeren.platform.NotFoundException;
import cn.zeren.security.AccessPolicy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The rectification items (整改事项, YW-11.2) due in a year below an organisation with the day each was written off,
 * for the assessment (YW-13.2): two statements whatever the number of units.
 */
@ApplicationScoped
public class ListFacts {
  @PersistenceContext EntityManager em;
  @Inject AccessPolicy access;

  public List<RectificationFact> rectificationsDue(int year, long subtreeRootId) {
    Organisation root = em.find(Organisation.class, subtreeRootId);
    if (root == null) {
      throw new NotFoundException("organisation", subtreeRootId);
    }
    access.require(ListAction.VIEW, root);
    Map<String, LocalDate> closed = new HashMap<>();
    em.createQuery(
            "SELECT c.list.id, c.itemKey, c.decidedAt FROM ItemClosing c WHERE c.status = :approved"
                + " AND c.list.kind = :kind AND c.list.organisation.path LIKE :p",
            Object[].class)
        .setParameter("approved", ItemClosing.Status.APPROVED)
        .setParameter("kind", SignedListKind.RECTIFICATION)
        .setParameter("p", root.getPath() + "%")
        .getResultList()
        .forEach(r -> closed.put(r[0] + "/" + r[1], ((Instant) r[2]).atZone(Deadlines.BEIJING).toLocalDate()));
    return em.createQuery(
            "SELECT l.id, o.id, i.itemKey, i.measure, i.deadline FROM ListItem i JOIN i.listVersion v JOIN v.list l"
                + " JOIN l.organisation o WHERE l.kind = :kind AND v.number = l.currentVersion"
                + " AND i.deadline BETWEEN :from AND :to AND o.path LIKE :p",
            Object[].class)
        .setParameter("kind", SignedListKind.RECTIFICATION)
        .setParameter("from", LocalDate.of(year, 1, 1))
        .setParameter("to", LocalDate.of(year, 12, 31))
        .setParameter("p", root.getPath() + "%")
        .getResultList()
        .stream()
        .map(r -> new RectificationFact((Long) r[0], (Long) r[1], (String) r[2], (String) r[3], (LocalDate) r[4],
            closed.get(r[0] + "/" + r[2])))
        .toList();
  }
}

package cn.zeren.lists;

import cn.zeren.organisation.Organisation;
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
 * The rectification items (整改事项) of a year's rectification lists in a subtree, each with the time its write-off
 * (销账, YW-11.2) was approved, for the commission's dashboard: two statements however many units and items — the
 * items of the lists' current versions, and the approved write-offs (the first approval of an item counts). Whether
 * an item is open, overdue, or closed on time or late is the dashboard's reading of these two dates.
 */
@ApplicationScoped
public class ListFigures {
  @PersistenceContext EntityManager em;
  @Inject AccessPolicy access;

  /** One rectification item of a current list version, with the approval time of its write-off (null: not yet). */
  public record RectificationItem(long listId, long organisationId, String organisationName, String itemKey,
      String problemKey, String measure, String ownerName, LocalDate deadline, Instant closedAt) {}

  /** The items of the year's rectification lists of the active units in the subtree, by unit and item. */
  public List<RectificationItem> rectificationItems(int year, Organisation root) {
    access.require(ListAction.VIEW, root);
    String within = root.getPath() + "%";
    Map<String, Instant> closed = new HashMap<>();
    em.createQuery(
            "SELECT l.id, c.itemKey, c.decidedAt FROM ItemClosing c JOIN c.list l JOIN l.organisation o"
                + " WHERE c.status = :approved AND l.kind = :kind AND l.year = :year AND o.path LIKE :p",
            Object[].class)
        .setParameter("approved", ItemClosing.Status.APPROVED)
        .setParameter("kind", SignedListKind.RECTIFICATION)
        .setParameter("year", year)
        .setParameter("p", within)
        .getResultList()
        .forEach(r -> closed.merge(r[0] + "/" + r[1], (Instant) r[2], (a, b) -> a.isBefore(b) ? a : b));
    List<Object[]> items =
        em.createQuery(
                "SELECT l.id, o.id, o.name, i.itemKey, i.problemKey, i.measure, i.ownerName, i.deadline"
                    + " FROM ListItem i JOIN i.listVersion v JOIN v.list l JOIN l.organisation o"
                    + " WHERE l.kind = :kind AND l.year = :year AND v.number = l.currentVersion AND o.active = TRUE"
                    + " AND o.path LIKE :p ORDER BY o.path, l.id, i.position", Object[].class)
            .setParameter("kind", SignedListKind.RECTIFICATION)
            .setParameter("year", year)
            .setParameter("p", within)
            .getResultList();
    return items.stream()
        .map(r -> new RectificationItem((Long) r[0], (Long) r[1], (String) r[2], (String) r[3], (String) r[4],
            (String) r[5], (String) r[6], (LocalDate) r[7], closed.get(r[0] + "/" + r[3])))
        .toList();
  }
}

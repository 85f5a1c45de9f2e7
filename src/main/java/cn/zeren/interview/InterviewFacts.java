package cn.zeren.interview;

import cn.zeren.calendar.Deadlines;
import cn.zeren.organisation.Organisation;
import cn.zeren.organisation.PositionKind;
import cn.zeren.platform.NotFoundException;
import cn.zeren.rules.RulePackRegistry;
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
import java.util.Set;

/**
 * The heads of each unit below an organisation (党委、纪委主要负责人) with the yearly interview (YW-12.2) held with
 * them in a year, for the assessment (YW-13.2): two statements whatever the number of units.
 */
@ApplicationScoped
public class InterviewFacts {
  private static final Set<PositionKind> HEADS = Set.of(PositionKind.PRIMARY_LEADER, PositionKind.DISCIPLINE_HEAD);

  @PersistenceContext EntityManager em;
  @Inject AccessPolicy access;
  @Inject RulePackRegistry rules;

  public List<HeadCoverage> coverage(int year, long subtreeRootId) {
    Organisation root = em.find(Organisation.class, subtreeRootId);
    if (root == null) {
      throw new NotFoundException("organisation", subtreeRootId);
    }
    access.require(InterviewAction.OVERSEE, root);
    List<String> yearly = rules.active().section(InterviewCatalogue.class).types().stream()
        .filter(InterviewType::yearlyCoverage)
        .map(InterviewType::code).toList();
    Map<Long, Object[]> held = new HashMap<>();
    if (!yearly.isEmpty()) {
      em.createQuery(
              "SELECT i.interviewee.id, i.id, i.scheduledAt FROM Interview i WHERE i.typeCode IN :types"
                  + " AND i.status IN :held AND i.scheduledAt >= :from AND i.scheduledAt < :to ORDER BY i.scheduledAt",
              Object[].class)
          .setParameter("types", yearly)
          .setParameter("held", Set.of(InterviewStatus.HELD, InterviewStatus.REPLIED))
          .setParameter("from", LocalDate.of(year, 1, 1).atStartOfDay(Deadlines.BEIJING).toInstant())
          .setParameter("to", LocalDate.of(year + 1, 1, 1).atStartOfDay(Deadlines.BEIJING).toInstant())
          .getResultList()
          .forEach(r -> held.putIfAbsent((Long) r[0], r));
    }
    return em.createQuery(
            "SELECT o.id, p.id, p.name, pos.title FROM Position pos JOIN pos.person p JOIN pos.organisation o"
                + " WHERE pos.active = TRUE AND pos.kind IN :heads AND o.path LIKE :p AND o.id <> :root"
                + " ORDER BY o.id, p.id",
            Object[].class)
        .setParameter("heads", HEADS)
        .setParameter("p", root.getPath() + "%")
        .setParameter("root", root.getId())
        .getResultList()
        .stream()
        .map(r -> {
          Object[] talk = held.get((Long) r[1]);
          return new HeadCoverage((Long) r[0], (Long) r[1], (String) r[2], (String) r[3],
              talk == null ? null : (Long) talk[1], talk == null ? null : (Instant) talk[2]);
        })
        .toList();
  }
}

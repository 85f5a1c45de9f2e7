package cn.zeren.hearing;

import cn.zeren.calendar.Deadlines;
import cn.zeren.organisation.Organisation;
import cn.zeren.platform.NotFoundException;
import cn.zeren.rules.RulePackRegistry;
import cn.zeren.security.AccessPolicy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The results of the closed items of a year's scored meetings of one kind (YW-10.2, YW-10.4) for the units below
 * an organisation, for the assessment (YW-13.2): two statements whatever the number of units; each result is the
 * meeting's {@link ScoreSheet} average.
 */
@ApplicationScoped
public class HearingFacts {
  @PersistenceContext EntityManager em;
  @Inject AccessPolicy access;
  @Inject RulePackRegistry rules;

  public List<HearingResult> results(int year, long subtreeRootId, String meetingCode) {
    Organisation root = em.find(Organisation.class, subtreeRootId);
    if (root == null) {
      throw new NotFoundException("organisation", subtreeRootId);
    }
    access.require(HearingAction.VIEW, root);
    ScoredMeeting meeting = rules.active().section(ScoredMeetings.class).meeting(meetingCode)
        .orElseThrow(() -> new NotFoundException("hearing.meeting", meetingCode));
    List<HearingItem> items = em.createQuery(
            "SELECT i FROM HearingItem i JOIN FETCH i.session s JOIN FETCH i.unit u WHERE s.meetingCode = :code"
                + " AND i.status = :closed AND s.heldAt >= :from AND s.heldAt < :to AND u.path LIKE :p",
            HearingItem.class)
        .setParameter("code", meetingCode)
        .setParameter("closed", ItemStatus.CLOSED)
        .setParameter("from", LocalDate.of(year, 1, 1).atStartOfDay(Deadlines.BEIJING).toInstant())
        .setParameter("to", LocalDate.of(year + 1, 1, 1).atStartOfDay(Deadlines.BEIJING).toInstant())
        .setParameter("p", root.getPath() + "%")
        .getResultList();
    if (items.isEmpty()) {
      return List.of();
    }
    Map<Long, List<ScoreSheet.Given>> given = new HashMap<>();
    em.createQuery("SELECT c.item.id, c.scorer.name, c.score FROM HearingScore c WHERE c.item IN :items",
            Object[].class)
        .setParameter("items", items)
        .getResultList()
        .forEach(r -> given.computeIfAbsent((Long) r[0], k -> new ArrayList<>())
            .add(new ScoreSheet.Given((String) r[1], (java.math.BigDecimal) r[2])));
    return items.stream()
        .filter(i -> given.containsKey(i.getId()))
        .map(i -> new HearingResult(i.getSession().getId(), i.getId(), i.getUnit().getId(), i.getSession().getTitle(),
            ScoreSheet.of(given.get(i.getId()), meeting).average(), meeting.scale().max()))
        .toList();
  }
}

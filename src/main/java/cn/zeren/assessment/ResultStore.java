package cn.zeren.assessment;

import cn.zeren.audit.AuditLog;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;

/**
 * Replaces a year's stored results in bulk (a batch over the transaction's own connection) and writes one audit
 * event for the computation, rather than one per unit.
 */
@ApplicationScoped
class ResultStore {
  @PersistenceContext EntityManager em;
  @Inject AuditLog audit;

  void replace(AssessmentSet set, List<Ranking.Ranked> ranked, Instant at) {
    em.createQuery("DELETE FROM AssessmentResult r WHERE r.setId = :s").setParameter("s", set.getId()).executeUpdate();
    Connection c = em.unwrap(Connection.class);
    try (PreparedStatement insert = c.prepareStatement(
        "INSERT INTO assessment_result (set_id, organisation_id, organisation_name, total, rank_no, grade_code,"
            + " grade_label, items, computed_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
      for (Ranking.Ranked r : ranked) {
        insert.setLong(1, set.getId());
        insert.setLong(2, r.score().organisationId());
        insert.setString(3, r.score().organisationName());
        insert.setBigDecimal(4, r.score().total());
        insert.setInt(5, r.rank());
        insert.setString(6, r.grade() == null ? null : r.grade().code());
        insert.setString(7, r.grade() == null ? null : r.grade().label());
        insert.setString(8, ItemsCodec.write(r.score().items()));
        insert.setObject(9, LocalDateTime.ofInstant(at, ZoneOffset.UTC));
        insert.addBatch();
      }
      insert.executeBatch();
    } catch (SQLException e) {
      throw new IllegalStateException("Storing the assessment results of " + set.getYear() + " failed", e);
    }
    audit.record("ASSESSMENT_COMPUTED", "AssessmentSet", set.getId(),
        Map.of("year", set.getYear(), "units", ranked.size()));
  }
}

package cn.zeren.interview;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

/** The problems from other sources the commission records with a unit's yearly figures ({@link UnitFigures}). */
@ApplicationScoped
public class RecordedProblems implements UnitSignals {
  @PersistenceContext EntityManager em;

  @Override
  public long openProblems(long organisationId, int year) {
    return em.createQuery(
            "SELECT f.otherProblems FROM UnitFigures f WHERE f.organisation.id = :o AND f.year = :y", Integer.class)
        .setParameter("o", organisationId)
        .setParameter("y", year)
        .getResultStream()
        .findFirst()
        .orElse(0);
  }
}

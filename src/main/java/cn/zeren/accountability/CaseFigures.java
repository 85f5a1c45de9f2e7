package cn.zeren.accountability;

import cn.zeren.organisation.Organisation;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Accountability figures (责任追究) of a subtree for the commission's dashboard. Who may read a case depends on the
 * case itself — never its own subject, never a discipline-side case for the unit's own discipline organisation — so
 * the figures are counted over the cases {@link AccountabilityService#list} returns (one statement for the whole
 * subtree), not by a GROUP BY that would bypass those checks. The statistics by unit, ground and severity are the
 * service's own ({@link AccountabilityService#statistics}).
 */
@ApplicationScoped
public class CaseFigures {
  @Inject AccountabilityService cases;

  /** The readable cases of the subtree opened in a year (every year: null), latest first. */
  public List<AccountabilityCase> cases(Integer year, Organisation root) {
    return cases.list(new CaseFilter(year, root.getId(), null, null, null));
  }

  /** The readable cases of the subtree by the year they were opened, earliest first. */
  public Map<Integer, Long> byYear(Organisation root) {
    Map<Integer, Long> counts = new TreeMap<>();
    cases(null, root).forEach(c -> counts.merge(c.getOpenedOn().getYear(), 1L, Long::sum));
    return counts;
  }

  /** The statistics by unit, ground and severity of a year's cases in the subtree. */
  public List<CaseCount> statistics(int year, Organisation root) {
    return cases.statistics(new CaseFilter(year, root.getId(), null, null, null));
  }
}

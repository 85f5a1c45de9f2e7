package cn.zeren.interview;

/**
 * A source of the problems found in supervision for a unit and year (监督检查发现的问题, YW-12.2), one CDI bean per
 * source. The interview thresholds add up every source's count: the commission's own recorded figure
 * ({@link RecordedProblems}) and the problems of the unit's problem list not yet written off
 * ({@code cn.zeren.lists.ProblemListSignals}).
 */
public interface UnitSignals {

  /** Problems of the unit for the year that are still open (not rectified), as this source knows them. */
  long openProblems(long organisationId, int year);
}

package cn.zeren.accountability;

import cn.zeren.accountability.AccountabilityCatalogue.Severity;

/** Filters of the case list and the statistics; null means any. {@code year} is the year the case was opened. */
public record CaseFilter(Integer year, Long organisationId, String ground, Severity severity, CaseStatus status) {
  public static CaseFilter any() {
    return new CaseFilter(null, null, null, null, null);
  }
}

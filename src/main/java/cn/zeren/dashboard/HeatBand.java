package cn.zeren.dashboard;

/**
 * The colour of a heat-map cell by the share done on time. The bands are a reading aid of the dashboard, not a
 * regulation: no rule of the pack grades compliance, so they are not in the rule pack (the assessment's grade
 * bands are).
 */
public enum HeatBand {
  /** Nothing decided yet (all instances still open and not due, or waived). */
  NONE(-1),
  /** Below 60 % on time. */
  BAD(0),
  /** 60 % to below 80 %. */
  POOR(0.6),
  /** 80 % to below 95 %. */
  FAIR(0.8),
  /** 95 % and more. */
  GOOD(0.95);

  private final double from;

  HeatBand(double from) {
    this.from = from;
  }

  public static HeatBand of(Double share) {
    if (share == null) {
      return NONE;
    }
    HeatBand band = BAD;
    for (HeatBand candidate : values()) {
      if (candidate != NONE && share >= candidate.from) {
        band = candidate;
      }
    }
    return band;
  }

  /** The style class of a cell of this band. */
  public String styleClass() {
    return "zr-heat-" + name().toLowerCase(java.util.Locale.ROOT);
  }
}

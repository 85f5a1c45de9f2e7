package cn.zeren.dashboard;

import java.io.Serializable;

/**
 * How a set of obligation instances stands (合规情况): done on time, done late, overdue (open past its due time), open
 * and not yet due, waived. The share done on time counts only the instances whose outcome is known — done, or past
 * their due time — so a unit is not marked down for what is not yet due, nor for what was waived.
 */
public record Compliance(long onTime, long late, long overdue, long open, long waived) implements Serializable {
  public static final Compliance NONE = new Compliance(0, 0, 0, 0, 0);

  public Compliance plus(Compliance other) {
    return new Compliance(onTime + other.onTime, late + other.late, overdue + other.overdue, open + other.open,
        waived + other.waived);
  }

  /** Instances whose outcome is known: done on time, done late, or overdue. */
  public long decided() {
    return onTime + late + overdue;
  }

  public long total() {
    return onTime + late + overdue + open + waived;
  }

  /** The share done on time among the decided instances, 0–1; null when none is decided yet. */
  public Double share() {
    return decided() == 0 ? null : (double) onTime / decided();
  }

  /** The share as a whole percentage for display ("87%"), or "—" when none is decided yet. */
  public String percent() {
    Double share = share();
    return share == null ? "—" : Math.round(share * 100) + "%";
  }

  public HeatBand band() {
    return HeatBand.of(share());
  }
}

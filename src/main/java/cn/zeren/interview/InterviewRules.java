package cn.zeren.interview;

import cn.zeren.security.Role;
import java.math.BigDecimal;
import java.util.Collection;
import java.util.List;
import java.util.Map;

/** The interview rules of the pack as decisions that need no container (YW-12.1 … 12.3). */
public final class InterviewRules {
  private InterviewRules() {}

  /** May a person acting in {@code role} put an interview of this type in the calendar? */
  public static boolean maySchedule(InterviewType type, Role role) {
    return role != null && type.scheduledBy().contains(role);
  }

  /**
   * May a person holding {@code roles} lead the talk and sign the explanation? For a forwarded problem report the
   * roles count at the unit itself (its primary leader or a delegated member, YW-12.1); otherwise at the unit or
   * above.
   */
  public static boolean mayConduct(InterviewType type, Collection<Role> roles) {
    return roles.stream().anyMatch(type.conductedBy()::contains);
  }

  /**
   * May a person be interviewed: a type naming interviewee roles (the heads of YW-12.2) needs one of them held at
   * the unit; any other type takes any person of the unit.
   */
  public static boolean mayBeInterviewed(InterviewType type, Collection<Role> rolesAtUnit, boolean personOfUnit) {
    if (type.intervieweeRoles().isEmpty()) {
      return personOfUnit || !rolesAtUnit.isEmpty();
    }
    return rolesAtUnit.stream().anyMatch(type.intervieweeRoles()::contains);
  }

  /** A threshold crossed by a unit's figure for a year. */
  public record Firing(InterviewTrigger trigger, BigDecimal figure) {}

  /** The thresholds a unit's figures cross (YW-12.2); a figure that is not recorded fires nothing. */
  public static List<Firing> firings(List<InterviewTrigger> triggers, Map<InterviewTrigger.Signal, BigDecimal> figures) {
    return triggers.stream()
        .filter(t -> t.firesOn(figures.get(t.signal())))
        .map(t -> new Firing(t, figures.get(t.signal())))
        .toList();
  }
}

package cn.zeren.obligation;

import cn.zeren.calendar.Deadlines;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.LocalDate;
import java.time.MonthDay;
import java.util.List;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The years a generation run covers today: the current year in Beijing, and from
 * {@code zeren.obligations.next-year-from} (1 December) the next year as well. The nightly run, the run after a
 * variant switch and the switch's preview all ask here, so the preview counts what the run creates.
 */
@ApplicationScoped
public class GenerationYears {
  @Inject Clock clock;

  @Inject
  @ConfigProperty(name = "zeren.obligations.next-year-from", defaultValue = "--12-01")
  String nextYearFrom;

  public List<Integer> due() {
    return of(LocalDate.now(clock.withZone(Deadlines.BEIJING)), MonthDay.parse(nextYearFrom));
  }

  /** The years due on {@code today} when the next year opens on {@code nextYearFrom}. */
  static List<Integer> of(LocalDate today, MonthDay nextYearFrom) {
    int year = today.getYear();
    return MonthDay.from(today).isBefore(nextYearFrom) ? List.of(year) : List.of(year, year + 1);
  }
}

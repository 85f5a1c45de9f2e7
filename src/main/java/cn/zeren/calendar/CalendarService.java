package cn.zeren.calendar;

import cn.zeren.directory.OrganisationService;
import cn.zeren.platform.DomainException;
import cn.zeren.platform.Years;
import cn.zeren.security.AccessPolicy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.MonthDay;
import java.util.List;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The working-day calendar of the portal: the loaded official schedules, deadline computation for every other
 * context, and the administrator's loading of a new year. Reading is open to everyone signed in (the schedules
 * are public facts); loading needs {@link CalendarAction#MANAGE}.
 */
@ApplicationScoped
public class CalendarService {
  /** Another node may have loaded a year: the cached calendar is re-read at most this long after. */
  private static final Duration REFRESH = Duration.ofMinutes(1);

  @PersistenceContext EntityManager em;
  @Inject AccessPolicy access;
  @Inject OrganisationService organisations;

  @Inject
  @ConfigProperty(name = "zeren.calendar.warn-from", defaultValue = "--11-01")
  String warnFrom;

  private volatile Cached cached;

  private record Cached(WorkingCalendar calendar, Instant readAt) {}

  public WorkingCalendar calendar() {
    Cached c = cached;
    if (c == null || c.readAt().plus(REFRESH).isBefore(Instant.now())) {
      c = new Cached(read(), Instant.now());
      cached = c;
    }
    return c.calendar();
  }

  /** The last day of a period counted from {@code from}; refuses a year whose schedule is not loaded. */
  public LocalDate due(LocalDate from, Period period) {
    return Deadlines.due(calendar(), from, period);
  }

  public List<CalendarYear> years() {
    return em.createQuery("SELECT y FROM CalendarYear y ORDER BY y.year", CalendarYear.class).getResultList();
  }

  public List<CalendarDay> listedDays(int year) {
    return em.createQuery(
            "SELECT d FROM CalendarDay d WHERE d.year = :y ORDER BY d.day", CalendarDay.class)
        .setParameter("y", year)
        .getResultList();
  }

  public boolean isLoaded(int year) {
    return em.find(CalendarYear.class, year) != null;
  }

  /** From {@code zeren.calendar.warn-from} (1 November) on, next year's schedule should be loaded. */
  public Optional<Integer> missingNextYear(LocalDate today) {
    int next = today.getYear() + 1;
    boolean season = !MonthDay.from(today).isBefore(MonthDay.parse(warnFrom));
    return season && !isLoaded(next) ? Optional.of(next) : Optional.empty();
  }

  /** Whether the acting role may load a schedule (the page offers the upload only then; {@link #load} checks). */
  public boolean mayLoad() {
    return access.permits(CalendarAction.MANAGE, organisations.root());
  }

  /**
   * Loads one year's schedule from an administrator's file, replacing that year's earlier schedule. A bad file
   * is refused whole ({@link ScheduleFileException}) and the old calendar stays.
   */
  @Transactional
  public CalendarYear load(String content, String sourceName) {
    return load(content, sourceName, null);
  }

  /** As {@link #load(String, String)}, refusing a file of another year than {@code expectedYear}. */
  @Transactional
  public CalendarYear load(String content, String sourceName, Integer expectedYear) {
    access.require(CalendarAction.MANAGE, organisations.root());
    List<ScheduleDay> days = ScheduleFile.parseOneYear(content);
    int fileYear = Years.require("year", days.get(0).date().getYear());
    if (expectedYear != null && expectedYear != fileYear) {
      throw DomainException.onField("year", "calendar.api.yearMismatch", String.valueOf(fileYear), String.valueOf(expectedYear));
    }
    CalendarYear year = store(fileYear, days, sourceName);
    cached = null;
    return year;
  }

  /** Installs shipped schedules for the years not loaded yet (start-up, as the system). */
  @Transactional
  public void installMissing(List<ScheduleDay> shipped, String sourceName) {
    shipped.stream()
        .map(d -> d.date().getYear())
        .distinct()
        .filter(y -> !isLoaded(y))
        .forEach(y -> store(y, shipped.stream().filter(d -> d.date().getYear() == y).toList(), sourceName));
    cached = null;
  }

  private CalendarYear store(int yearNumber, List<ScheduleDay> days, String sourceName) {
    CalendarYear year = em.find(CalendarYear.class, yearNumber);
    if (year == null) {
      year = new CalendarYear(yearNumber, sourceName);
      em.persist(year);
      em.flush();
    } else {
      year.replacedFrom(sourceName);
      listedDays(yearNumber).forEach(em::remove);
      em.flush();
    }
    for (ScheduleDay day : days) {
      em.persist(new CalendarDay(day));
    }
    return year;
  }

  private WorkingCalendar read() {
    List<Integer> years =
        em.createQuery("SELECT y.year FROM CalendarYear y", Integer.class).getResultList();
    List<ScheduleDay> days =
        em.createQuery("SELECT d FROM CalendarDay d", CalendarDay.class).getResultList().stream()
            .map(CalendarDay::toScheduleDay)
            .toList();
    return new WorkingCalendar(years, days);
  }
}

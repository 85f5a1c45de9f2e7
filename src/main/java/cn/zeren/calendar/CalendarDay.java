package cn.zeren.calendar;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.LocalDate;

/** One listed date of a loaded year's schedule: a holiday or an adjusted working day (调休上班). */
@Entity
@Table(name = "calendar_day")
public class CalendarDay {
  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "year_no", nullable = false)
  private int year;

  @Column(name = "listed_date", nullable = false)
  private LocalDate day;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 16)
  private DayKind kind;

  @Column(nullable = false, length = 50)
  private String name;

  protected CalendarDay() {}

  CalendarDay(ScheduleDay scheduled) {
    this.year = scheduled.date().getYear();
    this.day = scheduled.date();
    this.kind = scheduled.kind();
    this.name = scheduled.name();
  }

  ScheduleDay toScheduleDay() {
    return new ScheduleDay(day, kind, name);
  }

  public Long getId() {
    return id;
  }

  public LocalDate getDay() {
    return day;
  }

  public DayKind getKind() {
    return kind;
  }

  public String getName() {
    return name;
  }
}

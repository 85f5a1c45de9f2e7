package cn.zeren.inspection;

import cn.zeren.platform.persistence.VersionedEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;

/**
 * A term of the committee (届次, e.g. 中共示范市第八届委员会, 2021-10-01 — 2026-09-30), the span within which every unit is
 * to be inspected (JDZ-16). The office records it; the coverage view counts the rounds that started inside it.
 */
@Entity
@Table(name = "inspection_term")
public class InspectionTerm extends VersionedEntity {
  @NotBlank(message = "{inspection.term.name.required}")
  @Size(max = 100, message = "{inspection.term.name.size}")
  @Column(nullable = false, length = 100)
  private String name;

  @NotNull(message = "{inspection.term.startsOn.required}")
  @Column(name = "starts_on", nullable = false)
  private LocalDate startsOn;

  @NotNull(message = "{inspection.term.endsOn.required}")
  @Column(name = "ends_on", nullable = false)
  private LocalDate endsOn;

  protected InspectionTerm() {}

  public InspectionTerm(String name, LocalDate startsOn, LocalDate endsOn) {
    this.name = name == null ? null : name.strip();
    this.startsOn = startsOn;
    this.endsOn = endsOn;
  }

  public boolean contains(LocalDate day) {
    return !day.isBefore(startsOn) && !day.isAfter(endsOn);
  }

  public String getName() {
    return name;
  }

  public LocalDate getStartsOn() {
    return startsOn;
  }

  public LocalDate getEndsOn() {
    return endsOn;
  }
}

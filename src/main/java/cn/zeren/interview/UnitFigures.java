package cn.zeren.interview;

import cn.zeren.organisation.Organisation;
import cn.zeren.platform.Year;
import cn.zeren.platform.persistence.VersionedEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Min;
import java.math.BigDecimal;
import java.util.Objects;

/**
 * What the commission records about a unit for a year (单位年度情况), the figures the interview thresholds watch
 * (YW-12.2): problems found outside the problem list, petitions (信访), cases, democratic-evaluation satisfaction.
 */
@Entity
@Table(name = "unit_figures")
public class UnitFigures extends VersionedEntity {

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "organisation_id", nullable = false, updatable = false)
  private Organisation organisation;

  @Year
  @Column(nullable = false, updatable = false)
  private int year;

  @Min(value = 0, message = "{interview.figures.notNegative}")
  @Column(name = "other_problems", nullable = false)
  private int otherProblems;

  @Min(value = 0, message = "{interview.figures.notNegative}")
  @Column(nullable = false)
  private int petitions;

  @Min(value = 0, message = "{interview.figures.notNegative}")
  @Column(nullable = false)
  private int cases;

  @DecimalMin(value = "0", message = "{interview.figures.percent}")
  @DecimalMax(value = "100", message = "{interview.figures.percent}")
  @Digits(integer = 3, fraction = 2, message = "{interview.figures.percentDigits}")
  @Column(precision = 5, scale = 2)
  private BigDecimal satisfaction;

  protected UnitFigures() {}

  UnitFigures(Organisation organisation, int year) {
    this.organisation = Objects.requireNonNull(organisation);
    this.year = year;
  }

  void set(int otherProblems, int petitions, int cases, BigDecimal satisfaction) {
    this.otherProblems = otherProblems;
    this.petitions = petitions;
    this.cases = cases;
    this.satisfaction = satisfaction;
  }

  public Organisation getOrganisation() {
    return organisation;
  }

  public int getYear() {
    return year;
  }

  public int getOtherProblems() {
    return otherProblems;
  }

  public int getPetitions() {
    return petitions;
  }

  public int getCases() {
    return cases;
  }

  public BigDecimal getSatisfaction() {
    return satisfaction;
  }
}

package cn.zeren.calendar;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.PrePersist;
import jakarta.persistence.PreUpdate;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;

/** A year whose official holiday schedule is loaded, and where the schedule came from. */
@Entity
@Table(name = "calendar_year")
public class CalendarYear {
  @Id
  @Column(name = "year_no")
  private int year;

  @Version private long version;

  @Column(nullable = false, length = 200)
  private String source;

  @Column(name = "created_at", nullable = false, updatable = false)
  private Instant createdAt;

  @Column(name = "updated_at", nullable = false)
  private Instant updatedAt;

  protected CalendarYear() {}

  CalendarYear(int year, String source) {
    this.year = year;
    this.source = source;
  }

  @PrePersist
  void onCreate() {
    createdAt = Instant.now();
    updatedAt = createdAt;
  }

  @PreUpdate
  void onUpdate() {
    updatedAt = Instant.now();
  }

  public int getYear() {
    return year;
  }

  public long getVersion() {
    return version;
  }

  public String getSource() {
    return source;
  }

  void replacedFrom(String newSource) {
    this.source = newSource;
  }

  public Instant getCreatedAt() {
    return createdAt;
  }

  public Instant getUpdatedAt() {
    return updatedAt;
  }
}

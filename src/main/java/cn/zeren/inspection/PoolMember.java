package cn.zeren.inspection;

import cn.zeren.organisation.Person;
import cn.zeren.platform.persistence.VersionedEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.validation.constraints.Size;
import java.util.Arrays;
import java.util.List;

/**
 * A person in the leader pool (组长库) or the talent pool (人才库), with what avoidance needs besides the directory's
 * posts: native place and places worked (地域回避). Staff of a dispatched discipline group may be in the leader pool
 * (XC-2.2), marked {@code dispatched}. A member leaves a pool by being deactivated; past draws keep naming them.
 */
@Entity
@Table(name = "inspection_pool_member")
public class PoolMember extends VersionedEntity {
  /** Places are typed one per line or separated by 、，, or ;. */
  static final String PLACE_SEPARATORS = "[\\n、，,;；]+";

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "person_id", nullable = false, updatable = false)
  private Person person;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 10, updatable = false)
  private PoolKind pool;

  @Size(max = 100, message = "{inspection.pool.nativePlace.size}")
  @Column(name = "native_place", length = 100)
  private String nativePlace;

  @Size(max = 500, message = "{inspection.pool.placesWorked.size}")
  @Column(name = "places_worked", length = 500)
  private String placesWorked;

  @Size(max = 200, message = "{inspection.pool.expertise.size}")
  @Column(length = 200)
  private String expertise;

  @Column(nullable = false)
  private boolean dispatched;

  @Column(nullable = false)
  private boolean active = true;

  @Size(max = 500, message = "{inspection.pool.note.size}")
  @Column(length = 500)
  private String note;

  protected PoolMember() {}

  PoolMember(Person person, PoolKind pool) {
    this.person = person;
    this.pool = pool;
  }

  void describe(String nativePlace, String placesWorked, String expertise, boolean dispatched, String note) {
    this.nativePlace = blankToNull(nativePlace);
    this.placesWorked = blankToNull(placesWorked);
    this.expertise = blankToNull(expertise);
    this.dispatched = dispatched;
    this.note = blankToNull(note);
  }

  void setActive(boolean active) {
    this.active = active;
  }

  /** The places worked, one entry each. */
  public List<String> places() {
    return placesWorked == null
        ? List.of()
        : Arrays.stream(placesWorked.split(PLACE_SEPARATORS)).map(String::strip).filter(s -> !s.isEmpty()).toList();
  }

  private static String blankToNull(String s) {
    return s == null || s.isBlank() ? null : s.strip();
  }

  public Person getPerson() {
    return person;
  }

  public PoolKind getPool() {
    return pool;
  }

  public String getNativePlace() {
    return nativePlace;
  }

  public String getPlacesWorked() {
    return placesWorked;
  }

  public String getExpertise() {
    return expertise;
  }

  public boolean isDispatched() {
    return dispatched;
  }

  public boolean isActive() {
    return active;
  }

  public String getNote() {
    return note;
  }
}

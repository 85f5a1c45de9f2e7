package cn.zeren.security;

import cn.zeren.organisation.Person;
import cn.zeren.platform.persistence.VersionedEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OneToOne;
import jakarta.persistence.Table;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.Instant;

/** A person's sign-in account (账号): username, PBKDF2 password hash, and the lockout counters. */
@Entity
@Table(name = "user_account")
public class UserAccount extends VersionedEntity {
  @OneToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "person_id", nullable = false, updatable = false)
  private Person person;

  @NotBlank(message = "{account.username.required}")
  @Size(min = 3, max = 64, message = "{account.username.size}")
  @Pattern(regexp = "[a-z0-9._-]*", message = "{account.username.pattern}")
  @Column(nullable = false, length = 64)
  private String username;

  @Column(name = "password_hash", nullable = false, length = 512)
  private String passwordHash;

  @Column(name = "failed_attempts", nullable = false)
  private int failedAttempts;

  @Column(name = "locked_until")
  private Instant lockedUntil;

  @Column(name = "last_sign_in_at")
  private Instant lastSignInAt;

  @Column(name = "email_notifications", nullable = false)
  private boolean emailNotifications = true;

  @Column(nullable = false)
  private boolean active = true;

  protected UserAccount() {}

  public UserAccount(Person person, String username, String passwordHash) {
    this.person = java.util.Objects.requireNonNull(person);
    this.username = username == null ? null : username.trim().toLowerCase(java.util.Locale.ROOT);
    this.passwordHash = java.util.Objects.requireNonNull(passwordHash);
  }

  public Person getPerson() {
    return person;
  }

  public String getUsername() {
    return username;
  }

  public String getPasswordHash() {
    return passwordHash;
  }

  void changePasswordHash(String passwordHash) {
    this.passwordHash = java.util.Objects.requireNonNull(passwordHash);
    this.failedAttempts = 0;
    this.lockedUntil = null;
  }

  public int getFailedAttempts() {
    return failedAttempts;
  }

  public Instant getLockedUntil() {
    return lockedUntil;
  }

  public boolean isLockedAt(Instant now) {
    return lockedUntil != null && now.isBefore(lockedUntil);
  }

  /** Counts a failed attempt; the {@code maxAttempts}-th locks the account until {@code now + lockout}. */
  boolean recordFailure(Instant now, int maxAttempts, java.time.Duration lockout) {
    if (lockedUntil != null && !now.isBefore(lockedUntil)) {
      failedAttempts = 0;
      lockedUntil = null;
    }
    failedAttempts++;
    if (failedAttempts >= maxAttempts) {
      lockedUntil = now.plus(lockout);
      return true;
    }
    return false;
  }

  void recordSuccess(Instant now) {
    failedAttempts = 0;
    lockedUntil = null;
    lastSignInAt = now;
  }

  void unlock() {
    failedAttempts = 0;
    lockedUntil = null;
  }

  public Instant getLastSignInAt() {
    return lastSignInAt;
  }

  public boolean isEmailNotifications() {
    return emailNotifications;
  }

  public void setEmailNotifications(boolean emailNotifications) {
    this.emailNotifications = emailNotifications;
  }

  public boolean isActive() {
    return active;
  }

  void setActive(boolean active) {
    this.active = active;
  }
}

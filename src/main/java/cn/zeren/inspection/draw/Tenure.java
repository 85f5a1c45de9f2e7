package cn.zeren.inspection.draw;

import java.time.LocalDate;

/**
 * A post a candidate holds or held: organisationId, its name, the post title, from, to (null = still holds it).
 * {@code to}, when set, is not before {@code from}.
 */
public record Tenure(long organisationId, String organisationName, String title, LocalDate from, LocalDate to) {
  public Tenure {
    Checks.text(organisationName, "a post's organisationName");
    Checks.text(title, "the post in " + organisationName + ": title");
    Checks.present(from, "the post " + organisationName + title + ": from");
    if (to != null && to.isBefore(from)) {
      throw new IllegalArgumentException("the post " + organisationName + title + " ends before it starts");
    }
  }
}

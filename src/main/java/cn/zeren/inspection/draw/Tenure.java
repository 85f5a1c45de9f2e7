package cn.zeren.inspection.draw;

import java.time.LocalDate;

/**
 * A post a candidate holds or held: organisationId, its name, the post title, from, to (null = still holds it).
 * {@code to}, when set, is not before {@code from}. A current post may have no {@code from} (the directory records
 * who holds a post, not since when); a past post always has both dates.
 */
public record Tenure(long organisationId, String organisationName, String title, LocalDate from, LocalDate to) {
  public Tenure {
    Checks.text(organisationName, "a post's organisationName");
    Checks.text(title, "the post in " + organisationName + ": title");
    if (to != null) {
      Checks.present(from, "the past post " + organisationName + title + ": from");
    }
    if (to != null && to.isBefore(from)) {
      throw new IllegalArgumentException("the post " + organisationName + title + " ends before it starts");
    }
  }
}

package cn.zeren.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Base64;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

/** Passwords are kept only as salted PBKDF2 hashes in Jakarta Security's format, with enough iterations. */
class PasswordHasherTest {
  private static final Pattern FORMAT =
      Pattern.compile("PBKDF2WithHmacSHA512:(\\d+):([A-Za-z0-9+/]+=*):([A-Za-z0-9+/]+=*)");
  private static final String PASSWORD = "Zeren-demo-2026";
  /** Hashed once: each hash costs a few hundred milliseconds by design. */
  private static final String STORED = PasswordHasher.hash(PASSWORD.toCharArray());

  @Test
  void hashHasTheFormatOfPbkdf2PasswordHashWithAtLeast100000Iterations() {
    Matcher parts = FORMAT.matcher(STORED);
    assertTrue(parts.matches(), STORED);
    assertTrue(Integer.parseInt(parts.group(1)) >= 100_000, "iterations " + parts.group(1));
    assertEquals(PasswordHasher.ITERATIONS, Integer.parseInt(parts.group(1)));
    assertEquals(32, Base64.getDecoder().decode(parts.group(2)).length, "salt bytes");
    assertEquals(64, Base64.getDecoder().decode(parts.group(3)).length, "key bytes");
  }

  @Test
  void twoHashesOfOnePasswordDifferBecauseEachHasItsOwnSalt() {
    String again = PasswordHasher.hash(PASSWORD.toCharArray());
    assertNotEquals(STORED, again);
    assertNotEquals(STORED.split(":")[2], again.split(":")[2], "salt");
    assertTrue(PasswordHasher.verify(PASSWORD.toCharArray(), again));
  }

  @Test
  void theRightPasswordVerifies() {
    assertTrue(PasswordHasher.verify(PASSWORD.toCharArray(), STORED));
  }

  @ParameterizedTest
  @ValueSource(strings = {"", "zeren-demo-2026", "Zeren-demo-2026 ", "Zeren-demo-202", "Zeren-demo-20266"})
  void anyOtherPasswordDoesNotVerify(String wrong) {
    assertFalse(PasswordHasher.verify(wrong.toCharArray(), STORED));
  }

  @Test
  void chinesePasswordsRoundTrip() {
    String stored = PasswordHasher.hash("责任监督平台2026".toCharArray());
    assertTrue(PasswordHasher.verify("责任监督平台2026".toCharArray(), stored));
    assertFalse(PasswordHasher.verify("责任监督平台2025".toCharArray(), stored));
  }

  @ParameterizedTest
  @NullAndEmptySource
  @ValueSource(
      strings = {
        "garbage",
        "PBKDF2WithHmacSHA512",
        "PBKDF2WithHmacSHA512:210000:c2FsdA==",
        "PBKDF2WithHmacSHA512:210000:c2FsdA==:a2V5:extra",
        "PBKDF2WithHmacSHA256:210000:c2FsdA==:a2V5",
        "{bcrypt}$2a$10$abcdefghijklmnopqrstuv"
      })
  void aMalformedStoredHashNeverVerifies(String malformed) {
    assertFalse(PasswordHasher.verify(PASSWORD.toCharArray(), malformed));
  }

  /**
   * A corrupt stored hash refuses the sign-in like a wrong password (rather than an internal error on the sign-in
   * page).
   */
  @ParameterizedTest
  @ValueSource(
      strings = {
        "PBKDF2WithHmacSHA512:many:c2FsdA==:a2V5",
        "PBKDF2WithHmacSHA512:210000:not base64!:a2V5",
        "PBKDF2WithHmacSHA512:210000:c2FsdA==:not base64!"
      })
  void aCorruptStoredHashIsARefusalNotAnError(String corrupt) {
    assertFalse(PasswordHasher.verify(PASSWORD.toCharArray(), corrupt));
  }
}

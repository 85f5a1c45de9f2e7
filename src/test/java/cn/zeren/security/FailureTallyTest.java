package cn.zeren.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The in-memory counts behind the sign-in throttle (issue 13, finding 4): per address and per unknown name. */
class FailureTallyTest {
  private static final Instant T0 = Instant.parse("2027-01-14T01:00:00Z");
  private static final Duration WINDOW = Duration.ofMinutes(15);

  /** failures made one minute apart → blocked after the last of them? how many left? */
  @ParameterizedTest(name = "{0} failures → blocked {1}, {2} left")
  @CsvSource({"1, false, 4", "4, false, 1", "5, true, 0", "7, true, 0"})
  void theMaxthFailureWithinTheWindowBlocks(int failures, boolean blocked, int left) {
    FailureTally tally = new FailureTally(5, WINDOW, WINDOW);
    Instant at = T0;
    for (int i = 0; i < failures; i++) {
      at = T0.plusSeconds(60L * i);
      tally.fail("203.0.113.7", at);
    }
    assertEquals(blocked, tally.blockedUntil("203.0.113.7", at).isPresent());
    assertEquals(left, tally.remaining("203.0.113.7", at));
    assertEquals(5, tally.remaining("203.0.113.8", at), "another key is untouched");
  }

  @Test
  void theBlockLastsItsDurationFromTheBlockingFailureAndFailuresMeanwhileDoNotExtendIt() {
    FailureTally tally = new FailureTally(2, WINDOW, Duration.ofMinutes(30));
    tally.fail("k", T0);
    Optional<Instant> until = tally.fail("k", T0.plusSeconds(10));
    assertEquals(Optional.of(T0.plusSeconds(10).plus(Duration.ofMinutes(30))), until);
    assertEquals(until, tally.fail("k", T0.plusSeconds(600)), "a failure while blocked changes nothing");
    assertTrue(tally.blockedUntil("k", until.orElseThrow().minusSeconds(1)).isPresent());
    assertTrue(tally.blockedUntil("k", until.orElseThrow()).isEmpty(), "free at the instant the block ends");
  }

  @Test
  void afterTheWindowOrTheBlockCountingStartsAgainFromZero() {
    FailureTally tally = new FailureTally(3, WINDOW, WINDOW);
    tally.fail("k", T0);
    tally.fail("k", T0.plusSeconds(60));
    assertEquals(1, tally.remaining("k", T0.plusSeconds(120)));
    assertEquals(3, tally.remaining("k", T0.plus(WINDOW)), "the window has passed");
    assertTrue(tally.fail("k", T0.plus(WINDOW)).isEmpty(), "one failure again, not the third");

    for (int i = 1; i <= 2; i++) {
      tally.fail("k", T0.plus(WINDOW).plusSeconds(i));
    }
    Instant end = tally.blockedUntil("k", T0.plus(WINDOW).plusSeconds(3)).orElseThrow();
    assertTrue(tally.fail("k", end).isEmpty(), "the block has run out: the count starts from one");
    assertEquals(2, tally.remaining("k", end));
  }

  @ParameterizedTest
  @CsvSource({"0, 15, 15", "5, 0, 15", "5, 15, 0", "5, -1, 15"})
  void aNonsensicalSettingIsRefused(int max, int windowMinutes, int blockMinutes) {
    assertThrows(IllegalArgumentException.class,
        () -> new FailureTally(max, Duration.ofMinutes(windowMinutes), Duration.ofMinutes(blockMinutes)));
  }
}

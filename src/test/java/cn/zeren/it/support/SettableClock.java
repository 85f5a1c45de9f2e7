package cn.zeren.it.support;

import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Alternative;
import jakarta.enterprise.inject.Produces;
import jakarta.interceptor.Interceptor;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;

/**
 * The portal's clock in a test deployment that adds this class: the system clock until a test moves it, so that a
 * test of a date-dependent rule runs on every day of the year instead of being skipped on most of them. The
 * services inject {@link Clock} once; this producer hands them the one instance, whose offset a test sets and
 * resets ({@link #moveTo}, {@link #reset}).
 */
@Alternative
@Priority(Interceptor.Priority.APPLICATION + 100)
@ApplicationScoped
public class SettableClock {
  private static final Moving CLOCK = new Moving();

  @Produces
  Clock clock() {
    return CLOCK;
  }

  /** From now on the portal's "now" is {@code instant}, running on from there. */
  public static void moveTo(Instant instant) {
    CLOCK.offset = Duration.between(Instant.now(), instant);
  }

  public static void reset() {
    CLOCK.offset = Duration.ZERO;
  }

  private static final class Moving extends Clock {
    private volatile Duration offset = Duration.ZERO;

    @Override
    public ZoneId getZone() {
      return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(ZoneId zone) {
      return new Clock() {
        @Override
        public ZoneId getZone() {
          return zone;
        }

        @Override
        public Clock withZone(ZoneId other) {
          return Moving.this.withZone(other);
        }

        @Override
        public Instant instant() {
          return Moving.this.instant();
        }
      };
    }

    @Override
    public Instant instant() {
      return Instant.now().plus(offset);
    }
  }
}

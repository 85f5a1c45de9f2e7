package cn.zeren.platform;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import java.time.Clock;

/**
 * The portal's time source: the system clock in UTC. Services that decide by the time of day — whether a report is
 * late (YW-10.1) — inject a {@link Clock} rather than calling {@code Instant.now()}, so that tests can place "now"
 * one second either side of a Beijing midnight.
 */
@ApplicationScoped
public class SystemClock {
  @Produces
  Clock clock() {
    return Clock.systemUTC();
  }
}

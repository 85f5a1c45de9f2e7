package cn.zeren.security;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Failed sign-in attempts counted per key — a client address, or a username that names no account — in memory, on
 * this node: the {@code max}-th failure within {@code window} of the first blocks the key for {@code block}; once
 * the window has passed or the block has run out, counting starts again from zero. The map forgets such keys when it
 * grows, so an attacker sending random keys cannot fill the memory.
 */
final class FailureTally {
  private static final int PRUNE_ABOVE = 10_000;

  private record Entry(int failures, Instant firstAt, Instant blockedUntil) {
    boolean blockedAt(Instant now) {
      return blockedUntil != null && now.isBefore(blockedUntil);
    }

    /** Its window has passed, or its block has run out: the next failure counts from one again. */
    boolean staleAt(Instant now, Duration window) {
      return !blockedAt(now) && (blockedUntil != null || !now.isBefore(firstAt.plus(window)));
    }
  }

  private final Map<String, Entry> entries = new ConcurrentHashMap<>();
  private final int max;
  private final Duration window;
  private final Duration block;

  FailureTally(int max, Duration window, Duration block) {
    if (max < 1 || window.isNegative() || window.isZero() || block.isNegative() || block.isZero()) {
      throw new IllegalArgumentException("max " + max + ", window " + window + ", block " + block);
    }
    this.max = max;
    this.window = window;
    this.block = block;
  }

  /** Until when the key is blocked, if it is now. */
  Optional<Instant> blockedUntil(String key, Instant now) {
    Entry entry = entries.get(key);
    return entry != null && entry.blockedAt(now) ? Optional.of(entry.blockedUntil()) : Optional.empty();
  }

  /** Attempts left before the key is blocked ({@code max} for a key with no failure counted). */
  int remaining(String key, Instant now) {
    Entry entry = entries.get(key);
    if (entry == null || entry.staleAt(now, window)) {
      return max;
    }
    return entry.blockedAt(now) ? 0 : Math.max(0, max - entry.failures());
  }

  /** Counts one failure; answers until when the key is now blocked, if this failure blocked it (or it was). */
  Optional<Instant> fail(String key, Instant now) {
    if (entries.size() > PRUNE_ABOVE) {
      entries.values().removeIf(e -> e.staleAt(now, window));
    }
    Entry next =
        entries.compute(key, (k, e) -> {
          if (e != null && e.blockedAt(now)) {
            return e;
          }
          int failures = e == null || e.staleAt(now, window) ? 1 : e.failures() + 1;
          Instant first = failures == 1 ? now : e.firstAt();
          return new Entry(failures, first, failures >= max ? now.plus(block) : null);
        });
    return next.blockedAt(now) ? Optional.of(next.blockedUntil()) : Optional.empty();
  }
}

package cn.zeren.security;

import java.util.concurrent.Callable;

/**
 * The {@link Actor} of the running thread. {@code ActorFilter} sets it for each HTTP request; start-up and
 * scheduled work run {@link #runAs as the system}. The audit trail and {@link AccessPolicy} read it; nothing else
 * should.
 */
public final class ActorContext {
  private static final ThreadLocal<Actor> CURRENT = new ThreadLocal<>();

  private ActorContext() {}

  /** The current actor; anonymous when none was set. */
  public static Actor current() {
    Actor actor = CURRENT.get();
    return actor == null ? Actor.anonymous(null) : actor;
  }

  public static <T> T callAs(Actor actor, Callable<T> work) throws Exception {
    Actor previous = CURRENT.get();
    CURRENT.set(actor);
    try {
      return work.call();
    } finally {
      restore(previous);
    }
  }

  /** Like {@link #callAs} for work that throws no checked exception. */
  public static <T> T supplyAs(Actor actor, java.util.function.Supplier<T> work) {
    Actor previous = CURRENT.get();
    CURRENT.set(actor);
    try {
      return work.get();
    } finally {
      restore(previous);
    }
  }

  public static void runAs(Actor actor, Runnable work) {
    Actor previous = CURRENT.get();
    CURRENT.set(actor);
    try {
      work.run();
    } finally {
      restore(previous);
    }
  }

  static void set(Actor actor) {
    CURRENT.set(actor);
  }

  static void clear() {
    CURRENT.remove();
  }

  private static void restore(Actor previous) {
    if (previous == null) {
      CURRENT.remove();
    } else {
      CURRENT.set(previous);
    }
  }
}

package cn.zeren.security;

import cn.zeren.organisation.Organisation;
import cn.zeren.platform.AccessDeniedException;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * The one place that decides "may this person, in this role, do this action on this organisation's object". A
 * role held at an organisation reaches that organisation and everything below it; the system actor (start-up
 * and scheduled work) may do everything. Services call it before every read or write; pages only mirror it.
 */
@ApplicationScoped
public class AccessPolicy {

  public boolean permits(Action action, Organisation target) {
    return permits(ActorContext.current(), action, target == null ? null : target.getPath());
  }

  static boolean permits(Actor actor, Action action, String targetPath) {
    if (actor.isSystem()) {
      return true;
    }
    return actor.hasRole() && action.allows(actor.role()) && actor.reaches(targetPath);
  }

  /** May the actor do the action anywhere at all (for menus and list pages)? */
  public boolean permitsSomewhere(Action action) {
    Actor actor = ActorContext.current();
    return actor.isSystem() || (actor.hasRole() && action.allows(actor.role()));
  }

  public void require(Action action, Organisation target) {
    if (!permits(action, target)) {
      throw denied(action);
    }
  }

  /**
   * For list queries: the tree path below which the actor may do the action. Callers filter with
   * {@code path LIKE prefix%}.
   */
  public String scopeFor(Action action) {
    Actor actor = ActorContext.current();
    if (actor.isSystem()) {
      return "/";
    }
    if (!permitsSomewhere(action)) {
      throw denied(action);
    }
    return actor.orgPath();
  }

  public Actor actor() {
    return ActorContext.current();
  }

  /** The signed-in person, whatever their role; refuses anonymous callers. */
  public Actor requireSignedIn() {
    Actor actor = ActorContext.current();
    if (!actor.isAuthenticated() && !actor.isSystem()) {
      throw new AccessDeniedException("error.signInRequired");
    }
    return actor;
  }

  private static AccessDeniedException denied(Action action) {
    Actor actor = ActorContext.current();
    if (!actor.isAuthenticated()) {
      return new AccessDeniedException("error.signInRequired");
    }
    return new AccessDeniedException("error.accessDenied");
  }
}

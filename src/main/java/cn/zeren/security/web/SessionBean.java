package cn.zeren.security.web;

import cn.zeren.platform.web.Messages;
import cn.zeren.security.Actor;
import cn.zeren.security.ActorContext;
import cn.zeren.security.ActorFilter;
import cn.zeren.security.ActorResolver;
import cn.zeren.security.RoleAssignment;
import cn.zeren.security.SecurityEvent;
import jakarta.enterprise.context.RequestScoped;
import jakarta.enterprise.event.Event;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import java.util.List;
import java.util.Map;

/**
 * The signed-in person as the pages see them: who they are, the role they act in, the roles they may switch
 * to, and signing out.
 */
@Named("currentUser")
@RequestScoped
public class SessionBean {
  @Inject ActorResolver actors;
  @Inject Event<SecurityEvent> events;

  private List<RoleAssignment> assignments;

  public Actor getActor() {
    return ActorContext.current();
  }

  public List<RoleAssignment> getAssignments() {
    if (assignments == null) {
      Actor actor = getActor();
      assignments = actor.isAuthenticated() ? actors.assignments(actor.personId()) : List.of();
    }
    return assignments;
  }

  public boolean isCanSwitch() {
    return getAssignments().size() > 1;
  }

  /** Acts in another of the person's own role assignments for the rest of the session. */
  public String choose(long assignmentId) {
    boolean own = getAssignments().stream().anyMatch(r -> r.getId() == assignmentId);
    if (!own) {
      Messages.error("error.accessDenied");
      return null;
    }
    FacesContext.getCurrentInstance().getExternalContext().getSessionMap()
        .put(ActorFilter.ACTIVE_ASSIGNMENT, assignmentId);
    events.fire(SecurityEvent.of("ROLE_CHOSEN", "RoleAssignment", assignmentId, Map.of()));
    return "/index.xhtml?faces-redirect=true";
  }

  public String signOut() throws ServletException {
    ExternalContext external = FacesContext.getCurrentInstance().getExternalContext();
    Actor actor = getActor();
    if (actor.isAuthenticated()) {
      events.fire(SecurityEvent.of("SIGN_OUT", "UserAccount", actor.username(), Map.of()));
    }
    ((HttpServletRequest) external.getRequest()).logout();
    external.invalidateSession();
    return "/login.xhtml?faces-redirect=true&signedOut=true";
  }
}

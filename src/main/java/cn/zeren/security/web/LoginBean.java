package cn.zeren.security.web;

import cn.zeren.platform.web.Messages;
import cn.zeren.platform.web.Times;
import cn.zeren.security.ActorFilter;
import cn.zeren.security.ActorResolver;
import cn.zeren.security.RoleAssignment;
import cn.zeren.security.SecuritySettings;
import cn.zeren.security.SignInAttempt;
import cn.zeren.security.SignInOutcome;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.SecurityContext;
import jakarta.security.enterprise.authentication.mechanism.http.AuthenticationParameters;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.List;

/** The sign-in page: checks the password through Jakarta Security and starts a fresh session. */
@Named
@RequestScoped
public class LoginBean {
  @Inject SecurityContext securityContext;
  @Inject SignInAttempt attempt;
  @Inject ActorResolver actors;
  @Inject Times times;
  @Inject SecuritySettings settings;

  private String username;
  private String password;

  public String login() {
    FacesContext faces = FacesContext.getCurrentInstance();
    ExternalContext external = faces.getExternalContext();
    HttpServletRequest request = (HttpServletRequest) external.getRequest();
    if (username == null || username.isBlank() || password == null || password.isEmpty()) {
      Messages.error("login.required");
      return null;
    }
    AuthenticationStatus status =
        securityContext.authenticate(
            request,
            (HttpServletResponse) external.getResponse(),
            AuthenticationParameters.withParams()
                .credential(new UsernamePasswordCredential(username, password))
                .newAuthentication(true));
    password = null;
    if (status != AuthenticationStatus.SUCCESS) {
      explainFailure();
      return null;
    }
    request.changeSessionId();
    List<RoleAssignment> roles = actors.assignments(actors.account(attempt.getOutcome().username()).orElseThrow().getPerson().getId());
    if (roles.size() == 1) {
      external.getSessionMap().put(ActorFilter.ACTIVE_ASSIGNMENT, roles.get(0).getId());
      return "/index.xhtml?faces-redirect=true";
    }
    return roles.isEmpty() ? "/index.xhtml?faces-redirect=true" : "/choose-role.xhtml?faces-redirect=true";
  }

  private void explainFailure() {
    SignInOutcome outcome = attempt.getOutcome();
    if (outcome == null) {
      Messages.error("login.failed");
      return;
    }
    switch (outcome.status()) {
      case LOCKED -> Messages.error("login.locked", times.format(outcome.lockedUntil()));
      case THROTTLED -> Messages.error("login.throttled", times.format(outcome.lockedUntil()));
      case DISABLED -> Messages.error("login.disabled");
      default -> {
        if (outcome.remainingAttempts() > 0 && outcome.remainingAttempts() <= 3) {
          Messages.error("login.failedRemaining", outcome.remainingAttempts(), settings.lockout().toMinutes());
        } else {
          Messages.error("login.failed");
        }
      }
    }
  }

  public String getUsername() {
    return username;
  }

  public void setUsername(String username) {
    this.username = username;
  }

  public String getPassword() {
    return password;
  }

  public void setPassword(String password) {
    this.password = password;
  }
}

package cn.zeren.security.web;

import cn.zeren.platform.web.Messages;
import cn.zeren.security.ActorContext;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Named;

/** State of the sign-in page itself: the "signed out" notice, and sending signed-in visitors home. */
@Named
@RequestScoped
public class LoginPage {
  private boolean signedOut;

  public String onLoad() {
    if (ActorContext.current().isAuthenticated()) {
      return "/index.xhtml?faces-redirect=true";
    }
    if (signedOut) {
      Messages.info("login.signedOut");
    }
    return null;
  }

  public boolean isSignedOut() {
    return signedOut;
  }

  public void setSignedOut(boolean signedOut) {
    this.signedOut = signedOut;
  }
}

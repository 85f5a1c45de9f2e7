package cn.zeren.security;

import jakarta.enterprise.context.RequestScoped;

/** The outcome of the sign-in attempt made in the current request, for the sign-in page's message. */
@RequestScoped
public class SignInAttempt {
  private SignInOutcome outcome;

  public SignInOutcome getOutcome() {
    return outcome;
  }

  void setOutcome(SignInOutcome outcome) {
    this.outcome = outcome;
  }
}

package cn.zeren.security;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import jakarta.security.enterprise.identitystore.IdentityStore;
import java.util.Set;

/**
 * The database identity store: accounts in {@code user_account}, checked by {@link SignInService} (PBKDF2 and
 * lockout). The outcome is kept in {@link SignInAttempt} so that the sign-in page can say why it failed.
 */
@ApplicationScoped
public class AccountIdentityStore implements IdentityStore {
  @Inject SignInService signIn;
  @Inject SignInAttempt attempt;

  public CredentialValidationResult validate(UsernamePasswordCredential credential) {
    SignInOutcome outcome = signIn.verify(credential.getCaller(), credential.getPassword().getValue());
    attempt.setOutcome(outcome);
    return outcome.success()
        ? new CredentialValidationResult(outcome.username(), Set.of(ZerenAuthenticationMechanism.GROUP))
        : CredentialValidationResult.INVALID_RESULT;
  }
}

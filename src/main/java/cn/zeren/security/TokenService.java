package cn.zeren.security;

import cn.zeren.organisation.Person;
import cn.zeren.platform.AccessDeniedException;
import cn.zeren.platform.DomainException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;

/**
 * Personal API tokens (API 令牌): created for the signed-in person (or after a username/password check with the
 * same lockout as the sign-in page), shown once, stored as a SHA-256, sent as {@code Authorization: Bearer}.
 */
@ApplicationScoped
public class TokenService {
  static final String PREFIX = "zrn_";
  private static final SecureRandom RANDOM = new SecureRandom();
  /** last_used_at is bookkeeping, refreshed at most this often to keep API calls read-only. */
  private static final Duration LAST_USED_GRANULARITY = Duration.ofMinutes(5);

  @PersistenceContext EntityManager em;
  @Inject SecuritySettings settings;
  @Inject AccessPolicy access;

  /** A new token for the person acting now; the secret is in the result and nowhere else. */
  @Transactional
  public IssuedToken issueForCurrentPerson(String name) {
    Actor actor = access.requireSignedIn();
    return issue(em.find(Person.class, actor.personId()), name);
  }

  @Transactional
  public IssuedToken issue(Person person, String name) {
    String label = name == null || name.isBlank() ? "API" : name.trim();
    if (label.length() > 100) {
      throw DomainException.onField("name", "token.name.size");
    }
    byte[] random = new byte[32];
    RANDOM.nextBytes(random);
    String secret = PREFIX + Base64.getUrlEncoder().withoutPadding().encodeToString(random);
    Instant now = Instant.now();
    ApiToken token =
        new ApiToken(
            person, label, sha256(secret), secret.substring(0, 10), now, now.plus(settings.tokenLifetime()));
    em.persist(token);
    em.flush();
    return new IssuedToken(token.getId(), label, secret, token.getExpiresAt());
  }

  /** The username a usable token belongs to. */
  @Transactional
  public Optional<String> authenticate(String secret) {
    if (secret == null || !secret.startsWith(PREFIX)) {
      return Optional.empty();
    }
    Instant now = Instant.now();
    Optional<ApiToken> token =
        em.createQuery("SELECT t FROM ApiToken t JOIN FETCH t.person WHERE t.tokenHash = :h", ApiToken.class)
            .setParameter("h", sha256(secret))
            .getResultStream()
            .findFirst()
            .filter(t -> t.isUsableAt(now) && t.getPerson().isActive());
    token.ifPresent(t -> touch(t, now));
    return token.flatMap(t -> usernameOf(t.getPerson()));
  }

  private void touch(ApiToken token, Instant now) {
    if (token.getLastUsedAt() == null
        || token.getLastUsedAt().plus(LAST_USED_GRANULARITY).isBefore(now)) {
      em.createQuery("UPDATE ApiToken t SET t.lastUsedAt = :now WHERE t.id = :id")
          .setParameter("now", now)
          .setParameter("id", token.getId())
          .executeUpdate();
    }
  }

  private Optional<String> usernameOf(Person person) {
    return em.createQuery(
            "SELECT a.username FROM UserAccount a WHERE a.person = :p AND a.active = TRUE", String.class)
        .setParameter("p", person)
        .getResultStream()
        .findFirst();
  }

  public List<ApiToken> listForCurrentPerson() {
    Actor actor = access.requireSignedIn();
    return em.createQuery(
            "SELECT t FROM ApiToken t WHERE t.person.id = :p ORDER BY t.createdAt DESC", ApiToken.class)
        .setParameter("p", actor.personId())
        .getResultList();
  }

  /** Revokes one of the current person's own tokens. */
  @Transactional
  public void revoke(long tokenId) {
    Actor actor = access.requireSignedIn();
    ApiToken token = em.find(ApiToken.class, tokenId);
    if (token == null || !token.getPerson().getId().equals(actor.personId())) {
      throw new AccessDeniedException("error.accessDenied");
    }
    token.revoke(Instant.now());
  }

  static String sha256(String secret) {
    try {
      return HexFormat.of()
          .formatHex(MessageDigest.getInstance("SHA-256").digest(secret.getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  /** A token as handed out once: the secret is never shown again. */
  public record IssuedToken(long id, String name, String token, Instant expiresAt) {}
}

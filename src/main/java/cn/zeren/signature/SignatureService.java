package cn.zeren.signature;

import cn.zeren.directory.OrganisationAction;
import cn.zeren.organisation.Organisation;
import cn.zeren.organisation.Person;
import cn.zeren.platform.AccessDeniedException;
import cn.zeren.platform.DomainException;
import cn.zeren.platform.NotFoundException;
import cn.zeren.security.AccessPolicy;
import cn.zeren.security.Actor;
import cn.zeren.security.ActorContext;
import cn.zeren.security.SignInOutcome;
import cn.zeren.security.SignInService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.security.KeyPair;
import java.security.PrivateKey;
import java.time.Clock;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * Signs and verifies (YW-11.3): an SM2 signature with SM3 over the canonical message of a subject's content, the
 * opinion, the signer and the time ({@link SignedMessage}). The subject's own service decides who may sign (e.g.
 * only that unit's signer role from the rule pack) before calling {@link #sign}; this service re-checks the
 * signer's password, creates the signer's key pair on the first signature (private key encrypted with SM4 under
 * the server's secret), stores the signature (audited like every write) and verifies it against the subject's rows
 * as they are now.
 */
@ApplicationScoped
public class SignatureService {
  static final int OPINION_MAX = 2000;

  @PersistenceContext EntityManager em;
  @Inject AccessPolicy policy;
  @Inject SignInService signIns;
  @Inject SigningSecret secret;
  @Inject Clock clock;
  @Inject @Any Instance<SignedContentSource> sources;

  /**
   * Signs the content as the acting person, in the role and organisation they act in.
   *
   * @param ruleId the article the subject's signing enforces, as the subject's own rule pack section names it
   *     (YW-11.3 for Yiwu's lists and reports); cited when the person has signed already
   * @throws DomainException on field {@code password} when the password is wrong or the account is locked, on
   *     field {@code opinion} when the opinion is blank or too long; byRule {@code ruleId} when the person has
   *     already signed this version
   */
  @Transactional
  public SignatureView sign(SignableContent content, String ruleId, String opinion, char[] password) {
    Actor actor = policy.requireSignedIn();
    if (actor.personId() == null || !actor.hasRole()) {
      throw new DomainException("error.accessDenied");
    }
    String text = opinion == null ? "" : opinion.strip();
    if (text.isEmpty()) {
      throw DomainException.onField("opinion", "signature.opinionRequired");
    }
    if (text.length() > OPINION_MAX) {
      throw DomainException.onField("opinion", "signature.opinionTooLong", OPINION_MAX);
    }
    if (password == null || password.length == 0) {
      throw DomainException.onField("password", "signature.passwordRequired");
    }
    SignInOutcome check;
    try {
      check = signIns.reauthenticate(actor.username(), password, "SIGN " + content.subjectType());
    } finally {
      Arrays.fill(password, '\0');
    }
    switch (check.status()) {
      case SUCCESS -> { }
      case LOCKED -> throw DomainException.onField("password", "signature.accountLocked");
      case DISABLED -> throw new DomainException("error.accessDenied");
      default -> throw DomainException.onField("password", "signature.wrongPassword", check.remainingAttempts());
    }
    if (isSignedBy(content.subjectType(), content.subjectId(), actor.personId())) {
      throw DomainException.byRule(ruleId, "signature.alreadySigned", ruleId);
    }
    Person signer = em.find(Person.class, actor.personId());
    SigningKey key = keyOf(signer);
    byte[] contentBytes = content.canonicalBytes();
    SignedMessage message =
        new SignedMessage(
            content.subjectType(), content.subjectId(), content.organisationId(), content.title(),
            signer.getId(), signer.getName(), actor.role().name(), actor.orgId(), actor.orgName(),
            Instant.now(clock), text, Sm2.sha256(contentBytes), key.getFingerprint(), content.content());
    byte[] value = Sm2.sign(privateKeyOf(key), message.bytes());
    StoredSignature stored = new StoredSignature(message, key, value);
    em.persist(stored);
    ActorContext.runAs(actor, em::flush);
    return stored.view();
  }

  /** The signatures of one subject, oldest first (no access check: the caller has checked the subject). */
  @Transactional(Transactional.TxType.SUPPORTS)
  public List<SignatureView> forSubject(String subjectType, long subjectId) {
    return em.createQuery(
            "SELECT s FROM StoredSignature s WHERE s.subjectType = :t AND s.subjectId = :i ORDER BY s.id",
            StoredSignature.class)
        .setParameter("t", subjectType)
        .setParameter("i", subjectId)
        .getResultList()
        .stream()
        .map(StoredSignature::view)
        .toList();
  }

  /** True when the subject has at least one signature: signed content is immutable. */
  @Transactional(Transactional.TxType.SUPPORTS)
  public boolean isSigned(String subjectType, long subjectId) {
    return em.createQuery(
            "SELECT COUNT(s) FROM StoredSignature s WHERE s.subjectType = :t AND s.subjectId = :i", Long.class)
        .setParameter("t", subjectType)
        .setParameter("i", subjectId)
        .getSingleResult() > 0;
  }

  private boolean isSignedBy(String subjectType, long subjectId, long personId) {
    return em.createQuery(
            "SELECT COUNT(s) FROM StoredSignature s WHERE s.subjectType = :t AND s.subjectId = :i"
                + " AND s.signerId = :p", Long.class)
        .setParameter("t", subjectType)
        .setParameter("i", subjectId)
        .setParameter("p", personId)
        .getSingleResult() > 0;
  }

  /** One signature, if the actor's role reaches its organisation. */
  @Transactional(Transactional.TxType.SUPPORTS)
  public SignatureView find(long signatureId) {
    return load(signatureId).view();
  }

  /**
   * Rebuilds the message from the subject's rows as they are now and checks the SM2 signature over it. Invalid
   * when the subject is gone, when its content no longer has the signed digest, or when the signature row itself
   * no longer matches its signature value. For a reader of the subject only ({@link SignedContentSource#mayRead});
   * that the subject is gone is told to whoever reaches the signature's unit.
   */
  @Transactional(Transactional.TxType.SUPPORTS)
  public Verification verify(long signatureId) {
    Actor actor = policy.requireSignedIn();
    StoredSignature stored = stored(signatureId);
    Optional<SignedContentSource> source = sourceOf(stored.getSubjectType());
    SignableContent content = null;
    if (source.isPresent()) {
      try {
        content = source.get().content(stored.getSubjectId());
      } catch (NotFoundException gone) {
        content = null;
      }
    }
    if (content == null) {
      // nothing of the content is left to leak: whoever reaches the signature's unit learns that it is gone
      policy.require(OrganisationAction.VIEW, em.find(Organisation.class, stored.getOrganisationId()));
      return verdict(signatureId, false,
          source.isEmpty() ? "signature.invalid.unknownSubject" : "signature.invalid.subjectGone");
    }
    requireReader(actor, stored);
    byte[] contentBytes = content.canonicalBytes();
    if (!Sm2.sha256(contentBytes).equals(stored.getContentSha256())) {
      return verdict(signatureId, false, "signature.invalid.contentChanged");
    }
    byte[] message = stored.message(content.content()).bytes();
    boolean good =
        Sm2.verify(
            Sm2.publicKey(stored.getKey().getPublicKey()), message, stored.getSignatureValue());
    return good
        ? verdict(signatureId, true, "signature.valid")
        : verdict(signatureId, false, "signature.invalid.signatureMismatch");
  }

  /** The message, signature and public key of one signature, for offline verification and PDF exports. */
  @Transactional(Transactional.TxType.SUPPORTS)
  public SignedPackage exportPackage(long signatureId) {
    StoredSignature stored = load(signatureId);
    SignableContent content =
        sourceOf(stored.getSubjectType())
            .orElseThrow(() -> new NotFoundException("signature", signatureId))
            .content(stored.getSubjectId());
    return new SignedPackage(
        signatureId,
        stored.message(content.content()).bytes(),
        stored.getSignatureValue(),
        stored.getKey().getPem(),
        Sm2.DISTINGUISHING_ID);
  }

  /** The published public keys of every signer, newest first (any signed-in person may read them). */
  @Transactional(Transactional.TxType.SUPPORTS)
  public List<PublicKeyView> publicKeys() {
    policy.requireSignedIn();
    return em.createQuery("SELECT k FROM SigningKey k JOIN FETCH k.person ORDER BY k.id DESC", SigningKey.class)
        .getResultList()
        .stream()
        .map(PublicKeyView::of)
        .toList();
  }

  /** One published public key by its id. */
  @Transactional(Transactional.TxType.SUPPORTS)
  public PublicKeyView publicKey(long keyId) {
    policy.requireSignedIn();
    SigningKey key = em.find(SigningKey.class, keyId);
    if (key == null) {
      throw new NotFoundException("signingKey", keyId);
    }
    return PublicKeyView.of(key);
  }

  /**
   * One signature, if the actor may read the signed subject itself: the subject's own context answers
   * ({@link SignedContentSource#mayRead}), because the signature's message and package carry the subject's content.
   * A signature whose subject is gone (or whose type has no source) is shown to nobody but the system; only
   * {@link #verify} still says, to whoever reaches its unit, that it is invalid because of that.
   */
  private StoredSignature load(long signatureId) {
    Actor actor = policy.requireSignedIn();
    StoredSignature stored = stored(signatureId);
    requireReader(actor, stored);
    return stored;
  }

  private StoredSignature stored(long signatureId) {
    StoredSignature stored = em.find(StoredSignature.class, signatureId);
    if (stored == null) {
      throw new NotFoundException("signature", signatureId);
    }
    return stored;
  }

  private void requireReader(Actor actor, StoredSignature stored) {
    if (actor.isSystem()) {
      return;
    }
    boolean readable =
        sourceOf(stored.getSubjectType()).map(s -> s.mayRead(stored.getSubjectId())).orElse(false);
    if (!readable) {
      throw new AccessDeniedException("error.accessDenied");
    }
  }

  private Optional<SignedContentSource> sourceOf(String subjectType) {
    return sources.stream().filter(s -> s.subjectType().equals(subjectType)).findFirst();
  }

  private SigningKey keyOf(Person signer) {
    List<SigningKey> existing =
        em.createQuery("SELECT k FROM SigningKey k WHERE k.person = :p", SigningKey.class)
            .setParameter("p", signer)
            .getResultList();
    if (!existing.isEmpty()) {
      return existing.get(0);
    }
    KeyPair pair = Sm2.generateKeyPair();
    byte[] publicDer = pair.getPublic().getEncoded();
    byte[] privateDer = pair.getPrivate().getEncoded();
    byte[] sealed =
        Sm4Wrap.encrypt(secret.key(), privateDer, SigningKey.associatedData(signer.getId(), publicDer));
    Arrays.fill(privateDer, (byte) 0);
    SigningKey key = new SigningKey(signer, publicDer, sealed, Instant.now(clock));
    em.persist(key);
    return key;
  }

  private PrivateKey privateKeyOf(SigningKey key) {
    byte[] der;
    try {
      der =
          Sm4Wrap.decrypt(
              secret.key(), key.getPrivateKeySealed(),
              SigningKey.associatedData(key.getPerson().getId(), key.getPublicKey()));
    } catch (IllegalStateException wrongSecret) {
      throw new DomainException("signature.keyUnavailable");
    }
    try {
      return Sm2.privateKey(der);
    } finally {
      Arrays.fill(der, (byte) 0);
    }
  }

  private static Verification verdict(long id, boolean valid, String key) {
    return new Verification(id, valid, key, cn.zeren.platform.i18n.Texts.zh(key));
  }
}

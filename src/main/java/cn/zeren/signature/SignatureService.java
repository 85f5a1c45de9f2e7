package cn.zeren.signature;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;

/**
 * Signs and verifies (YW-11.3): an SM2 signature with SM3 over the canonical message of a subject's content, the
 * opinion, the signer and the time. The subject's own service decides who may sign (e.g. only that unit's
 * signer role from the rule pack) before calling {@link #sign}; this service re-checks the signer's password,
 * creates the signer's key pair on the first signature (private key encrypted with SM4 under the server's key),
 * stores and audits the signature.
 */
@ApplicationScoped
public class SignatureService {

  /**
   * Signs the content as the acting person.
   *
   * @throws cn.zeren.platform.DomainException on field {@code password} when the password is wrong, on field
   *     {@code opinion} when the opinion is blank or too long
   */
  public SignatureView sign(SignableContent content, String opinion, char[] password) {
    throw new UnsupportedOperationException("being written on branch issue5-sig");
  }

  /** The signatures of one subject, oldest first (no access check: the caller has checked the subject). */
  public List<SignatureView> forSubject(String subjectType, long subjectId) {
    throw new UnsupportedOperationException("being written on branch issue5-sig");
  }

  /** True when the subject has at least one signature: signed content is immutable. */
  public boolean isSigned(String subjectType, long subjectId) {
    throw new UnsupportedOperationException("being written on branch issue5-sig");
  }

  /** One signature, if the actor's role reaches its organisation. */
  public SignatureView find(long signatureId) {
    throw new UnsupportedOperationException("being written on branch issue5-sig");
  }

  /** Rebuilds the message from the subject's rows as they are now and checks the signature over it. */
  public Verification verify(long signatureId) {
    throw new UnsupportedOperationException("being written on branch issue5-sig");
  }

  /** The message, signature and public key of one signature, for offline verification and PDF exports. */
  public SignedPackage exportPackage(long signatureId) {
    throw new UnsupportedOperationException("being written on branch issue5-sig");
  }
}

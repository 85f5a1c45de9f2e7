package cn.zeren.signature;

/**
 * Rebuilds a signable subject's content from the database as it is now. One CDI bean per subject type; the
 * signature service finds it by {@link #subjectType()} when it signs and, again, each time a signature is verified,
 * so a byte changed in any signed row after signing makes the signature invalid.
 */
public interface SignedContentSource {

  /** The subject type this source serves, e.g. {@code LIST_VERSION}. */
  String subjectType();

  /**
   * The subject's content as stored now, read without access checks: the signature service calls it only after
   * {@link #mayRead} has said yes (or to sign, once the subject's own service has checked the signer).
   *
   * @throws cn.zeren.platform.NotFoundException when the subject no longer exists
   */
  SignableContent content(long subjectId);

  /**
   * Whether the acting person may read the subject itself, by the subject's own context's rules (a report's
   * author side, approver and reviewers; a list's viewers; an interview's participants and overseers). A
   * signature, its verification details and its package carry the signed content, so they are shown only to
   * whoever may read the subject (issue 13, finding 1); false, too, when the subject no longer exists.
   */
  boolean mayRead(long subjectId);
}

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
   * The subject's content as stored now, read without access checks (verification is open to everyone who can
   * see the signature).
   *
   * @throws cn.zeren.platform.NotFoundException when the subject no longer exists
   */
  SignableContent content(long subjectId);
}

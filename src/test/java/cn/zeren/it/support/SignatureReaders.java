package cn.zeren.it.support;

import static org.junit.jupiter.api.Assertions.assertThrows;

import cn.zeren.platform.AccessDeniedException;
import cn.zeren.security.Actor;
import cn.zeren.security.ActorContext;
import cn.zeren.signature.SignatureService;

/**
 * In-container check of issue 13, finding 1: a reader the signed subject refuses is refused the signature, its
 * verification and its offline package alike.
 */
public final class SignatureReaders {
  private SignatureReaders() {}

  public static void assertRefused(SignatureService signatures, Actor reader, long signatureId, String why) {
    assertThrows(AccessDeniedException.class,
        () -> ActorContext.callAs(reader, () -> signatures.find(signatureId)), why + ": the signature");
    assertThrows(AccessDeniedException.class,
        () -> ActorContext.callAs(reader, () -> signatures.verify(signatureId)), why + ": its verification");
    assertThrows(AccessDeniedException.class,
        () -> ActorContext.callAs(reader, () -> signatures.exportPackage(signatureId)), why + ": its package");
  }
}

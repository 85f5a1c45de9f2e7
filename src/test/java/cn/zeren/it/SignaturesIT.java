package cn.zeren.it;

import static cn.zeren.it.support.TestDatabase.bytes;
import static cn.zeren.it.support.TestDatabase.count;
import static cn.zeren.it.support.TestDatabase.text;
import static cn.zeren.it.support.TestDatabase.update;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.zeren.it.support.Deployments;
import cn.zeren.it.support.SignatureReaders;
import cn.zeren.it.support.TestDatabase;
import cn.zeren.platform.AccessDeniedException;
import cn.zeren.platform.DomainException;
import cn.zeren.security.Actor;
import cn.zeren.security.ActorContext;
import cn.zeren.security.ActorResolver;
import cn.zeren.security.Role;
import cn.zeren.signature.OfflineVerifier;
import cn.zeren.signature.SignableContent;
import cn.zeren.signature.SignatureService;
import cn.zeren.signature.SignatureView;
import cn.zeren.signature.SignedPackage;
import cn.zeren.signature.Sm2;
import cn.zeren.signature.Verification;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.sql.SQLException;
import java.util.concurrent.Callable;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The signature service inside Payara Micro on MariaDB (YW-11.3), on a test-only subject (an organisation's code and
 * name, {@link OrganisationCardSource}) so that it is tested apart from the lists: a signature verifies, a changed
 * character in the signed row makes it invalid and the original text valid again, a wrong password signs nothing,
 * a person signs a version once, the offline package verifies, other units cannot see the signature, the private
 * key is not stored in clear and the signature tables refuse updates.
 */
@ExtendWith(ArquillianExtension.class)
class SignaturesIT {
  /** The article the test subject's signing enforces, as a subject's own service passes it. */
  private static final String RULE = "YW-11.3";

  @Deployment
  static WebArchive deployment() {
    return Deployments.portalWith(SignaturesIT.class, TestDatabase.class, OrganisationCardSource.class);
  }

  @Inject SignatureService signatures;
  @Inject ActorResolver actors;
  @Inject OrganisationCardSource cards;

  @Test
  void aChangedCharacterOfTheSignedRowInTheDatabaseMakesTheSignatureInvalid() throws Exception {
    long unit = TestDatabase.organisationId("QSZ");
    Actor signer = newSigner();
    SignatureView signed =
        as(signer, () -> signatures.sign(card(unit), RULE, "经审阅，内容属实。", password()));
    assertEquals("经审阅，内容属实。", signed.opinion());
    assertEquals("DISCIPLINE_HEAD", signed.signerRole());
    assertEquals(64, signed.keyFingerprint().length());
    assertValid(as(signer, () -> signatures.verify(signed.id())));

    String name = text("SELECT name FROM organisation WHERE id = ?", unit);
    String changed = name.substring(0, name.length() - 1) + "乡";
    update("UPDATE organisation SET name = ? WHERE id = ?", changed, unit);
    try {
      Verification tampered = as(signer, () -> signatures.verify(signed.id()));
      assertFalse(tampered.valid());
      assertEquals("signature.invalid.contentChanged", tampered.reasonKey());
      assertEquals("签名无效：所签内容在签名之后被修改过。", tampered.reason());
    } finally {
      update("UPDATE organisation SET name = ? WHERE id = ?", name, unit);
    }
    assertValid(as(signer, () -> signatures.verify(signed.id())));
    assertTrue(as(signer, () -> signatures.isSigned(OrganisationCardSource.TYPE, unit)));
  }

  @Test
  void aWrongPasswordSignsNothingAndCountsAsAFailedAttempt() throws Exception {
    long unit = TestDatabase.organisationId("CZJ");
    Actor signer = newSigner("CZJ");
    DomainException wrong =
        assertThrows(DomainException.class,
            () -> as(signer, () -> signatures.sign(card(unit), RULE, "同意", "not-my-password".toCharArray())));
    assertEquals("password", wrong.getField());
    assertEquals("signature.wrongPassword", wrong.getKey());
    assertEquals(0, count("SELECT COUNT(*) FROM signature_record WHERE signer_id = ?", signer.personId()));
    assertEquals(1, count("SELECT failed_attempts FROM user_account WHERE username = ?", signer.username()),
        "the failure commits although the signing rolled back");
    assertEquals(1, count("SELECT COUNT(*) FROM audit_entry WHERE action = 'PASSWORD_CONFIRM_FAILED'"
        + " AND entity_id = (SELECT id FROM user_account WHERE username = ?)", signer.username()));

    DomainException blank =
        assertThrows(
            DomainException.class, () -> as(signer, () -> signatures.sign(card(unit), RULE, "  ", password())));
    assertEquals("opinion", blank.getField());

    SignatureView signed = as(signer, () -> signatures.sign(card(unit), RULE, "同意", password()));
    assertEquals(0, count("SELECT failed_attempts FROM user_account WHERE username = ?", signer.username()),
        "a right password clears the count");
    DomainException twice =
        assertThrows(
            DomainException.class, () -> as(signer, () -> signatures.sign(card(unit), RULE, "再签", password())));
    assertEquals(RULE, twice.getRuleId(), "the article the caller named for the signing is cited");
    assertEquals(1, as(signer, () -> signatures.forSubject(OrganisationCardSource.TYPE, unit)).stream()
        .filter(s -> s.signerId() == signer.personId()).count());
    assertValid(as(signer, () -> signatures.verify(signed.id())));
  }

  @Test
  void theOfflinePackageVerifiesAndOtherUnitsCannotSeeTheSignature() throws Exception {
    long unit = TestDatabase.organisationId("QSZ");
    Actor signer = newSigner();
    SignatureView signed = as(signer, () -> signatures.sign(card(unit), RULE, "情况属实，同意。", password()));
    SignedPackage pack = as(signer, () -> signatures.exportPackage(signed.id()));
    assertTrue(OfflineVerifier.verify(pack.message(), pack.signatureDer(), pack.publicKeyPem()).valid());
    String message = new String(pack.message(), StandardCharsets.UTF_8);
    assertTrue(message.contains("\"opinion\":\"情况属实，同意。\""), message);
    assertTrue(message.startsWith("{\"content\":{\"code\":\"QSZ\""), message);
    assertEquals(signed.keyFingerprint(), Sm2.sha256(Sm2.publicKeyFromPem(pack.publicKeyPem()).getEncoded()));

    Actor otherUnit = actors.resolve("clerk2", null, "127.0.0.1");
    assertThrows(AccessDeniedException.class, () -> as(otherUnit, () -> signatures.verify(signed.id())));
    assertThrows(AccessDeniedException.class, () -> as(otherUnit, () -> signatures.exportPackage(signed.id())));
    Actor commission = actors.resolve("reviewer", null, "127.0.0.1");
    assertValid(as(commission, () -> signatures.verify(signed.id())));
  }

  /**
   * Issue 13, finding 1: the signed subject's own context decides who reads its signature. A card its source
   * refuses is refused through the signature too — the signature, its verification and its package — even to its
   * signer and to the commission, whose unit reaches the signature's; the public key stays public.
   */
  @Test
  void aReaderTheSubjectRefusesIsRefusedItsSignatureVerificationAndPackage() throws Exception {
    long unit = TestDatabase.organisationId("QSZ");
    Actor signer = newSigner();
    SignatureView signed = as(signer, () -> signatures.sign(card(unit), RULE, "同意。", password()));
    Actor commission = actors.resolve("reviewer", null, "127.0.0.1");
    assertEquals(signed.id(), as(commission, () -> signatures.find(signed.id())).id(), "readable while the card is");
    OrganisationCardSource.SEALED.add(unit);
    try {
      SignatureReaders.assertRefused(signatures, signer, signed.id(), "the signer");
      SignatureReaders.assertRefused(signatures, commission, signed.id(), "the commission");
      assertTrue(as(commission, () -> signatures.publicKeys()).stream()
          .anyMatch(k -> k.fingerprint().equals(signed.keyFingerprint())), "public keys stay public");
    } finally {
      OrganisationCardSource.SEALED.remove(unit);
    }
    assertValid(as(commission, () -> signatures.verify(signed.id())));

    OrganisationCardSource.GONE.add(unit);
    try {
      Verification gone = as(commission, () -> signatures.verify(signed.id()));
      assertFalse(gone.valid());
      assertEquals("signature.invalid.subjectGone", gone.reasonKey(), "told to whoever reaches the unit");
      assertThrows(AccessDeniedException.class, () -> as(commission, () -> signatures.find(signed.id())),
          "but the signature itself is shown to no one");
      Actor otherUnit = actors.resolve("clerk2", null, "127.0.0.1");
      assertThrows(AccessDeniedException.class, () -> as(otherUnit, () -> signatures.verify(signed.id())));
    } finally {
      OrganisationCardSource.GONE.remove(unit);
    }
  }

  @Test
  void privateKeysAreSealedAndSignatureRowsCannotBeChanged() throws Exception {
    long unit = TestDatabase.organisationId("QSZ");
    Actor signer = newSigner();
    SignatureView signed = as(signer, () -> signatures.sign(card(unit), RULE, "同意。", password()));
    byte[] sealed = bytes("SELECT private_key_sealed FROM signing_key WHERE id = ?", signed.keyId());
    assertThrows(IllegalArgumentException.class, () -> Sm2.privateKey(sealed), "not a PKCS#8 key in clear");

    SQLException refused =
        assertThrows(SQLException.class,
            () -> update("UPDATE signature_record SET opinion = '不同意' WHERE id = ?", signed.id()));
    assertTrue(refused.getMessage().contains("append-only"), refused.getMessage());
    assertThrows(SQLException.class, () -> update("DELETE FROM signing_key WHERE id = ?", signed.keyId()));
    assertValid(as(signer, () -> signatures.verify(signed.id())));
  }

  private static void assertValid(Verification verification) {
    assertTrue(verification.valid(), verification.reason());
    assertEquals("signature.valid", verification.reasonKey());
  }

  private SignableContent card(long unit) {
    return cards.content(unit);
  }

  private Actor newSigner() {
    return newSigner("QSZ");
  }

  private Actor newSigner(String unitCode) {
    Actor actor = actors.resolve(TestDatabase.newAccount(unitCode, Role.DISCIPLINE_HEAD), null, "127.0.0.1");
    assertNotNull(actor);
    return actor;
  }

  private static char[] password() {
    return TestDatabase.TEST_PASSWORD.toCharArray();
  }

  private static <T> T as(Actor actor, Callable<T> work) throws Exception {
    return ActorContext.callAs(actor, work);
  }

}

package cn.zeren.signature;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyPair;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** SM2 with SM3 (YW-11.3): the portal's signatures verify with its own code and with OpenSSL 3, and only intact. */
class Sm2Test {
  private static final KeyPair PAIR = Sm2.generateKeyPair();

  static SignedMessage message(String opinion, Map<String, Object> content) {
    byte[] contentBytes = Canonical.bytes(content);
    return new SignedMessage(
        "LIST_VERSION", 42, 7, "青山镇 2026 年问题清单 第 1 版", 5, "王纪检", "DISCIPLINE_HEAD", 7, "青山镇",
        Instant.parse("2026-12-01T08:30:15.123456Z"), opinion, Sm2.sha256(contentBytes),
        Sm2.sha256(PAIR.getPublic().getEncoded()), content);
  }

  static Map<String, Object> content() {
    return Map.of("kind", "PROBLEM", "items", List.of(Map.of("no", 1L, "description", "公务接待超标准")));
  }

  @Test
  void aSignatureVerifiesAndAnyChangedByteBreaksIt() {
    byte[] message = message("同意", content()).bytes();
    byte[] signature = Sm2.sign(PAIR.getPrivate(), message);
    assertTrue(Sm2.verify(PAIR.getPublic(), message, signature));
    for (int i = 0; i < message.length; i += 7) {
      byte[] changed = message.clone();
      changed[i] ^= 1;
      assertFalse(Sm2.verify(PAIR.getPublic(), changed, signature), "byte " + i);
    }
    assertFalse(Sm2.verify(Sm2.generateKeyPair().getPublic(), message, signature), "another signer's key");
    assertFalse(Sm2.verify(PAIR.getPublic(), message, new byte[] {1, 2, 3}), "garbage signature");
  }

  @Test
  void keysSurviveTheirEncodings() {
    byte[] message = "报文".getBytes(StandardCharsets.UTF_8);
    byte[] signature = Sm2.sign(Sm2.privateKey(PAIR.getPrivate().getEncoded()), message);
    String pem = Sm2.pem(PAIR.getPublic().getEncoded());
    assertTrue(pem.startsWith("-----BEGIN PUBLIC KEY-----\n"));
    assertTrue(Sm2.verify(Sm2.publicKeyFromPem(pem), message, signature));
    assertTrue(Sm2.verify(Sm2.publicKey(PAIR.getPublic().getEncoded()), message, signature));
  }

  @Test
  void theMessageTimeIsKeptToTheSecond() {
    assertEquals(Instant.parse("2026-12-01T08:30:15Z"), message("同意", content()).signedAt());
    String json = new String(message("同意", content()).bytes(), StandardCharsets.UTF_8);
    assertTrue(json.contains("\"signedAt\":\"2026-12-01T08:30:15Z\""), json);
    assertTrue(json.startsWith("{\"content\":{"), json);
  }

  /** The documented offline command (docs/signatures.md) verifies a package and refuses a changed one. */
  @Test
  void openSsl3VerifiesThePackageWithTheDocumentedCommand(@TempDir Path dir) throws Exception {
    assumeTrue(openSslAvailable(), "openssl 3 is not installed");
    byte[] message = message("审阅同意。", content()).bytes();
    SignedPackage pack =
        new SignedPackage(9, message, Sm2.sign(PAIR.getPrivate(), message),
            Sm2.pem(PAIR.getPublic().getEncoded()), Sm2.DISTINGUISHING_ID);
    write(dir, pack, message);
    assertEquals(0, openssl(dir, SignaturePackages.opensslCommand(pack)), "valid package");
    byte[] tampered = new String(message, StandardCharsets.UTF_8).replace("公务接待", "公务招待")
        .getBytes(StandardCharsets.UTF_8);
    write(dir, pack, tampered);
    assertEquals(1, openssl(dir, SignaturePackages.opensslCommand(pack)), "tampered message");
  }

  @Test
  void theOfflineVerifierChecksSignatureAndContentDigest() {
    Map<String, Object> tricky =
        Map.of("contentSha256", "0".repeat(64), "items", List.of(Map.of("text", "\",\"contentSha256\":\"")));
    byte[] message = message("同意", tricky).bytes();
    String pem = Sm2.pem(PAIR.getPublic().getEncoded());
    assertTrue(OfflineVerifier.verify(message, Sm2.sign(PAIR.getPrivate(), message), pem).valid());

    SignedMessage good = message("同意", content());
    SignedMessage wrongDigest =
        new SignedMessage(good.subjectType(), good.subjectId(), good.organisationId(), good.title(),
            good.signerId(), good.signerName(), good.signerRole(), good.signerOrgId(), good.signerOrgName(),
            good.signedAt(), good.opinion(), "f".repeat(64), good.keyFingerprint(), good.content());
    byte[] bad = wrongDigest.bytes();
    OfflineVerifier.Result result = OfflineVerifier.verify(bad, Sm2.sign(PAIR.getPrivate(), bad), pem);
    assertFalse(result.valid());
    assertTrue(result.text().contains("digest"), result.text());

    byte[] other = message("不同意", content()).bytes();
    assertFalse(OfflineVerifier.verify(other, Sm2.sign(PAIR.getPrivate(), message), pem).valid());
  }

  private static void write(Path dir, SignedPackage pack, byte[] message) throws IOException {
    Files.write(dir.resolve(SignaturePackages.MESSAGE), message);
    Files.write(dir.resolve(SignaturePackages.SIGNATURE), pack.signatureDer());
    Files.writeString(dir.resolve(SignaturePackages.PUBLIC_KEY), pack.publicKeyPem());
  }

  private static int openssl(Path dir, String command) throws Exception {
    Process process =
        new ProcessBuilder(command.split(" ")).directory(dir.toFile()).redirectErrorStream(true).start();
    String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertTrue(process.waitFor(30, TimeUnit.SECONDS));
    int exit = process.exitValue();
    assertEquals(exit == 0, output.contains("Verified OK"), output);
    return exit;
  }

  private static boolean openSslAvailable() {
    try {
      Process p = new ProcessBuilder("openssl", "version").redirectErrorStream(true).start();
      String v = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
      return p.waitFor() == 0 && v.startsWith("OpenSSL 3");
    } catch (IOException | InterruptedException e) {
      return false;
    }
  }
}

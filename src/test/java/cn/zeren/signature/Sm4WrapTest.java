package cn.zeren.signature;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Base64;
import org.junit.jupiter.api.Test;

/** The signers' private keys are sealed with SM4-GCM under the server's secret and open only with it, intact. */
class Sm4WrapTest {
  private static final byte[] SECRET = "0123456789abcdef".getBytes(StandardCharsets.US_ASCII);
  private static final byte[] AAD = "zeren-signing-key/5/abc".getBytes(StandardCharsets.US_ASCII);

  @Test
  void sealsAndOpens() {
    byte[] plain = Sm2.generateKeyPair().getPrivate().getEncoded();
    byte[] sealed = Sm4Wrap.encrypt(SECRET, plain, AAD);
    assertFalse(Arrays.equals(plain, Arrays.copyOfRange(sealed, 12, 12 + plain.length)), "not in clear");
    assertArrayEquals(plain, Sm4Wrap.decrypt(SECRET, sealed, AAD));
    assertFalse(Arrays.equals(sealed, Sm4Wrap.encrypt(SECRET, plain, AAD)), "a fresh nonce each time");
  }

  @Test
  void refusesAnotherSecretAChangedByteOrAnotherKeyRow() {
    byte[] sealed = Sm4Wrap.encrypt(SECRET, new byte[] {1, 2, 3, 4}, AAD);
    assertThrows(IllegalStateException.class,
        () -> Sm4Wrap.decrypt("fedcba9876543210".getBytes(StandardCharsets.US_ASCII), sealed, AAD));
    byte[] changed = sealed.clone();
    changed[changed.length - 1] ^= 1;
    assertThrows(IllegalStateException.class, () -> Sm4Wrap.decrypt(SECRET, changed, AAD));
    assertThrows(IllegalStateException.class,
        () -> Sm4Wrap.decrypt(SECRET, sealed, "zeren-signing-key/6/abc".getBytes(StandardCharsets.US_ASCII)));
    assertThrows(IllegalStateException.class, () -> Sm4Wrap.decrypt(SECRET, new byte[5], AAD));
  }

  @Test
  void theConfiguredSecretMustBeSixteenBytesOfBase64() {
    assertEquals(16, SigningSecret.decode(Base64.getEncoder().encodeToString(SECRET), "test").length);
    assertThrows(IllegalStateException.class, () -> SigningSecret.decode("not base64!", "test"));
    assertThrows(IllegalStateException.class,
        () -> SigningSecret.decode(Base64.getEncoder().encodeToString(new byte[32]), "test"));
  }
}

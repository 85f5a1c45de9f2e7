package cn.zeren.signature;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.MessageDigest;
import java.security.PrivateKey;
import java.security.Provider;
import java.security.PublicKey;
import java.security.SecureRandom;
import java.security.Signature;
import java.security.spec.ECGenParameterSpec;
import java.security.spec.PKCS8EncodedKeySpec;
import java.security.spec.X509EncodedKeySpec;
import java.util.Base64;
import java.util.HexFormat;
import org.bouncycastle.jcajce.spec.SM2ParameterSpec;
import org.bouncycastle.jce.provider.BouncyCastleProvider;

/**
 * The SM2 operations of the portal (GB/T 32918 with SM3, GB/T 32905), through a Bouncy Castle provider instance
 * that is never registered JVM-wide. Signatures are DER-encoded (r, s) and use the standard distinguishing id
 * {@value #DISTINGUISHING_ID} (GM/T 0009), which OpenSSL 3 must be told with {@code -sigopt distid:…}.
 */
public final class Sm2 {
  public static final String DISTINGUISHING_ID = "1234567812345678";
  public static final String ALGORITHM = "SM3withSM2";
  private static final Provider BC = new BouncyCastleProvider();
  private static final SecureRandom RANDOM = new SecureRandom();

  private Sm2() {}

  public static KeyPair generateKeyPair() {
    try {
      KeyPairGenerator generator = KeyPairGenerator.getInstance("EC", BC);
      generator.initialize(new ECGenParameterSpec("sm2p256v1"), RANDOM);
      return generator.generateKeyPair();
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("SM2 key generation is unavailable", e);
    }
  }

  public static byte[] sign(PrivateKey key, byte[] message) {
    try {
      Signature signer = Signature.getInstance(ALGORITHM, BC);
      signer.setParameter(new SM2ParameterSpec(DISTINGUISHING_ID.getBytes(StandardCharsets.US_ASCII)));
      signer.initSign(key, RANDOM);
      signer.update(message);
      return signer.sign();
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("SM2 signing failed", e);
    }
  }

  /** True when the signature is a valid SM2 signature of the message under the key; false for any malformed input. */
  public static boolean verify(PublicKey key, byte[] message, byte[] signature) {
    try {
      Signature verifier = Signature.getInstance(ALGORITHM, BC);
      verifier.setParameter(new SM2ParameterSpec(DISTINGUISHING_ID.getBytes(StandardCharsets.US_ASCII)));
      verifier.initVerify(key);
      verifier.update(message);
      return verifier.verify(signature);
    } catch (GeneralSecurityException | RuntimeException e) {
      return false;
    }
  }

  /** A public key from its X.509 SubjectPublicKeyInfo DER. */
  public static PublicKey publicKey(byte[] der) {
    try {
      return KeyFactory.getInstance("EC", BC).generatePublic(new X509EncodedKeySpec(der));
    } catch (GeneralSecurityException e) {
      throw new IllegalArgumentException("Not an SM2 public key", e);
    }
  }

  /** A private key from its PKCS#8 DER. */
  public static PrivateKey privateKey(byte[] der) {
    try {
      return KeyFactory.getInstance("EC", BC).generatePrivate(new PKCS8EncodedKeySpec(der));
    } catch (GeneralSecurityException e) {
      throw new IllegalArgumentException("Not an SM2 private key", e);
    }
  }

  /** A public key from PEM text ("-----BEGIN PUBLIC KEY-----"). */
  public static PublicKey publicKeyFromPem(String pem) {
    String body =
        pem.replace("-----BEGIN PUBLIC KEY-----", "").replace("-----END PUBLIC KEY-----", "").replaceAll("\\s", "");
    return publicKey(Base64.getDecoder().decode(body));
  }

  /** PEM text of a public key, as OpenSSL writes it. */
  public static String pem(byte[] publicKeyDer) {
    return "-----BEGIN PUBLIC KEY-----\n"
        + Base64.getMimeEncoder(64, new byte[] {'\n'}).encodeToString(publicKeyDer)
        + "\n-----END PUBLIC KEY-----\n";
  }

  /** Hex SHA-256 of the bytes (fingerprints of keys, digests of content). */
  public static String sha256(byte[] bytes) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException(e);
    }
  }
}

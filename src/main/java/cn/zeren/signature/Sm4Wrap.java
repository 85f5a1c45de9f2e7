package cn.zeren.signature;

import java.security.SecureRandom;
import java.util.Arrays;
import org.bouncycastle.crypto.InvalidCipherTextException;
import org.bouncycastle.crypto.engines.SM4Engine;
import org.bouncycastle.crypto.modes.GCMBlockCipher;
import org.bouncycastle.crypto.modes.GCMModeCipher;
import org.bouncycastle.crypto.params.AEADParameters;
import org.bouncycastle.crypto.params.KeyParameter;

/**
 * Encrypts the signers' private keys with SM4 in GCM mode (GB/T 32907) under the server's signing secret: a fresh
 * 12-byte nonce per key, stored in front of the ciphertext, and a 128-bit tag so that a changed byte is refused
 * rather than decrypted into a wrong key. The associated data binds each ciphertext to its key row.
 */
final class Sm4Wrap {
  static final int KEY_BYTES = 16;
  private static final int NONCE_BYTES = 12;
  private static final int TAG_BITS = 128;
  private static final SecureRandom RANDOM = new SecureRandom();

  private Sm4Wrap() {}

  static byte[] encrypt(byte[] key, byte[] plain, byte[] associated) {
    byte[] nonce = new byte[NONCE_BYTES];
    RANDOM.nextBytes(nonce);
    GCMModeCipher cipher = cipher(true, key, nonce, associated);
    byte[] out = new byte[NONCE_BYTES + cipher.getOutputSize(plain.length)];
    System.arraycopy(nonce, 0, out, 0, NONCE_BYTES);
    int n = cipher.processBytes(plain, 0, plain.length, out, NONCE_BYTES);
    try {
      cipher.doFinal(out, NONCE_BYTES + n);
    } catch (InvalidCipherTextException e) {
      throw new IllegalStateException(e);
    }
    return out;
  }

  /** @throws IllegalStateException when the ciphertext, the key or the associated data do not match */
  static byte[] decrypt(byte[] key, byte[] sealed, byte[] associated) {
    if (sealed.length <= NONCE_BYTES) {
      throw new IllegalStateException("Encrypted private key is truncated");
    }
    byte[] nonce = Arrays.copyOf(sealed, NONCE_BYTES);
    GCMModeCipher cipher = cipher(false, key, nonce, associated);
    int length = sealed.length - NONCE_BYTES;
    byte[] out = new byte[cipher.getOutputSize(length)];
    int n = cipher.processBytes(sealed, NONCE_BYTES, length, out, 0);
    try {
      cipher.doFinal(out, n);
    } catch (InvalidCipherTextException e) {
      throw new IllegalStateException("The private key cannot be decrypted with the configured signing secret", e);
    }
    return out;
  }

  private static GCMModeCipher cipher(boolean encrypt, byte[] key, byte[] nonce, byte[] associated) {
    if (key.length != KEY_BYTES) {
      throw new IllegalArgumentException("An SM4 key has 16 bytes");
    }
    GCMModeCipher cipher = GCMBlockCipher.newInstance(new SM4Engine());
    cipher.init(encrypt, new AEADParameters(new KeyParameter(key), TAG_BITS, nonce, associated));
    return cipher;
  }
}

package cn.zeren.signature;

import java.time.Instant;

/** A signer's published SM2 public key: whose, since when, its fingerprint and PEM text. */
public record PublicKeyView(
    long id, long personId, String personName, String algorithm, String fingerprint, Instant createdAt,
    String pem) {

  static PublicKeyView of(SigningKey key) {
    return new PublicKeyView(
        key.getId(), key.getPerson().getId(), key.getPerson().getName(), key.getAlgorithm(),
        key.getFingerprint(), key.getCreatedAt(), key.getPem());
  }
}

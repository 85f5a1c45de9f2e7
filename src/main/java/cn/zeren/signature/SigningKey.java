package cn.zeren.signature;

import cn.zeren.organisation.Person;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * A signer's SM2 key pair: the public key in clear (published on the keys page and in every signature package),
 * the private key only as SM4-GCM ciphertext under the server's signing secret. Written once, never changed; a
 * replaced key stays for the signatures made with it.
 */
@Entity
@Table(name = "signing_key")
public class SigningKey {
  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "person_id", nullable = false, updatable = false)
  private Person person;

  @Column(nullable = false, updatable = false, length = 16)
  private String algorithm;

  @Column(name = "public_key", nullable = false, updatable = false)
  private byte[] publicKey;

  @Column(name = "private_key_sealed", nullable = false, updatable = false)
  private byte[] privateKeySealed;

  @Column(nullable = false, updatable = false, length = 64)
  private String fingerprint;

  @Column(name = "created_at", nullable = false, updatable = false)
  private Instant createdAt;

  protected SigningKey() {}

  SigningKey(Person person, byte[] publicKey, byte[] privateKeySealed, Instant createdAt) {
    this.person = person;
    this.algorithm = "SM2";
    this.publicKey = publicKey.clone();
    this.privateKeySealed = privateKeySealed.clone();
    this.fingerprint = Sm2.sha256(publicKey);
    this.createdAt = createdAt;
  }

  /** Associated data of the private key's encryption: the key is bound to its person and public key. */
  static byte[] associatedData(long personId, byte[] publicKey) {
    return ("zeren-signing-key/" + personId + "/" + Sm2.sha256(publicKey))
        .getBytes(java.nio.charset.StandardCharsets.US_ASCII);
  }

  public Long getId() {
    return id;
  }

  public Person getPerson() {
    return person;
  }

  public String getAlgorithm() {
    return algorithm;
  }

  public byte[] getPublicKey() {
    return publicKey.clone();
  }

  byte[] getPrivateKeySealed() {
    return privateKeySealed.clone();
  }

  public String getFingerprint() {
    return fingerprint;
  }

  public Instant getCreatedAt() {
    return createdAt;
  }

  public String getPem() {
    return Sm2.pem(publicKey);
  }
}

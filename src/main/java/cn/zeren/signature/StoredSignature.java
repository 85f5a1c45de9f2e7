package cn.zeren.signature;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Lob;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * One signature (签字背书, YW-11.3): who signed which version of what, when, with which opinion, the SHA-256 of the
 * content's canonical bytes at that moment, and the SM2 signature over the canonical message built from all of
 * them. Written once; MySQL/MariaDB triggers refuse any UPDATE or DELETE (V8_1).
 */
@Entity
@Table(name = "signature_record")
public class StoredSignature {
  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "subject_type", nullable = false, updatable = false, length = 32)
  private String subjectType;

  @Column(name = "subject_id", nullable = false, updatable = false)
  private long subjectId;

  @Column(name = "organisation_id", nullable = false, updatable = false)
  private long organisationId;

  @Column(nullable = false, updatable = false, length = 300)
  private String title;

  @Column(name = "signer_id", nullable = false, updatable = false)
  private long signerId;

  @Column(name = "signer_name", nullable = false, updatable = false, length = 100)
  private String signerName;

  @Column(name = "signer_role", nullable = false, updatable = false, length = 40)
  private String signerRole;

  @Column(name = "signer_org_id", nullable = false, updatable = false)
  private long signerOrgId;

  @Column(name = "signer_org_name", nullable = false, updatable = false, length = 200)
  private String signerOrgName;

  @Column(name = "signed_at", nullable = false, updatable = false)
  private Instant signedAt;

  @Lob
  @Column(nullable = false, updatable = false)
  private String opinion;

  @Column(name = "content_sha256", nullable = false, updatable = false, length = 64)
  private String contentSha256;

  @ManyToOne(fetch = FetchType.EAGER, optional = false)
  @JoinColumn(name = "key_id", nullable = false, updatable = false)
  private SigningKey key;

  @Column(name = "signature_value", nullable = false, updatable = false)
  private byte[] signatureValue;

  protected StoredSignature() {}

  StoredSignature(SignedMessage message, SigningKey key, byte[] signatureValue) {
    this.subjectType = message.subjectType();
    this.subjectId = message.subjectId();
    this.organisationId = message.organisationId();
    this.title = message.title();
    this.signerId = message.signerId();
    this.signerName = message.signerName();
    this.signerRole = message.signerRole();
    this.signerOrgId = message.signerOrgId();
    this.signerOrgName = message.signerOrgName();
    this.signedAt = message.signedAt();
    this.opinion = message.opinion();
    this.contentSha256 = message.contentSha256();
    this.key = key;
    this.signatureValue = signatureValue.clone();
  }

  /** The message as this row describes it, around the given content. */
  SignedMessage message(java.util.Map<String, Object> content) {
    return new SignedMessage(
        subjectType, subjectId, organisationId, title, signerId, signerName, signerRole, signerOrgId,
        signerOrgName, signedAt, opinion, contentSha256, key.getFingerprint(), content);
  }

  SignatureView view() {
    return new SignatureView(
        id, subjectType, subjectId, organisationId, title, signerId, signerName, signerRole, signerOrgName,
        signedAt, opinion, contentSha256, key.getId(), key.getFingerprint());
  }

  public Long getId() {
    return id;
  }

  public long getOrganisationId() {
    return organisationId;
  }

  public String getSubjectType() {
    return subjectType;
  }

  public long getSubjectId() {
    return subjectId;
  }

  public String getContentSha256() {
    return contentSha256;
  }

  public SigningKey getKey() {
    return key;
  }

  byte[] getSignatureValue() {
    return signatureValue.clone();
  }
}

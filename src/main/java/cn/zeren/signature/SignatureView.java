package cn.zeren.signature;

import java.time.Instant;

/**
 * A stored signature as pages and the API show it.
 *
 * @param signerRole the role the signer acted in, as its enum name (e.g. {@code DISCIPLINE_HEAD})
 * @param contentSha256 hex SHA-256 of the canonical content bytes at signing
 * @param keyFingerprint hex SHA-256 of the signer's public key (DER), as published on the keys page
 */
public record SignatureView(
    long id,
    String subjectType,
    long subjectId,
    long organisationId,
    String title,
    long signerId,
    String signerName,
    String signerRole,
    String signerOrganisation,
    Instant signedAt,
    String opinion,
    String contentSha256,
    long keyId,
    String keyFingerprint) {}

package cn.zeren.signature;

import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The exact message an SM2 signature covers (YW-11.3): the signed content, its SHA-256, the opinion, the signer
 * (person, role and organisation at the time, key fingerprint), the instant (UTC, whole seconds: what every database keeps of a DATETIME) and the subject.
 * {@link #bytes()} is its canonical JSON — the file {@code message.json} of an offline verification package.
 */
public record SignedMessage(
    String subjectType,
    long subjectId,
    long organisationId,
    String title,
    long signerId,
    String signerName,
    String signerRole,
    long signerOrgId,
    String signerOrgName,
    Instant signedAt,
    String opinion,
    String contentSha256,
    String keyFingerprint,
    Map<String, Object> content) {

  /** Marks the layout of the message, so that a later layout can be told apart. */
  public static final String FORMAT = "zeren-signature/1";

  public SignedMessage {
    signedAt = signedAt.truncatedTo(ChronoUnit.SECONDS);
  }

  public byte[] bytes() {
    Map<String, Object> subject = new LinkedHashMap<>();
    subject.put("type", subjectType);
    subject.put("id", subjectId);
    subject.put("organisationId", organisationId);
    subject.put("title", title);
    Map<String, Object> signer = new LinkedHashMap<>();
    signer.put("personId", signerId);
    signer.put("name", signerName);
    signer.put("role", signerRole);
    signer.put("organisationId", signerOrgId);
    signer.put("organisation", signerOrgName);
    signer.put("keyFingerprint", keyFingerprint);
    Map<String, Object> message = new LinkedHashMap<>();
    message.put("format", FORMAT);
    message.put("subject", subject);
    message.put("signer", signer);
    message.put("signedAt", DateTimeFormatter.ISO_INSTANT.format(signedAt));
    message.put("opinion", opinion);
    message.put("contentSha256", contentSha256);
    message.put("content", content);
    return Canonical.bytes(message);
  }
}

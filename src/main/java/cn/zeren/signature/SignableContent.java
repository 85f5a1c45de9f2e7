package cn.zeren.signature;

import java.util.Map;
import java.util.Objects;

/**
 * What a signature covers (YW-11.3): one version of a signable subject — a list version, a report version, a
 * responsibility division — as it stands in the database now. The {@code content} tree holds the version's full
 * content (every item and field the signer saw); {@link Canonical} turns it into the bytes that are signed, so the
 * same rows always give the same bytes and a changed byte of any row gives other bytes.
 *
 * @param subjectType the kind of subject, one per {@link SignedContentSource} (e.g. {@code LIST_VERSION})
 * @param subjectId the id of the signed version row
 * @param organisationId the organisation the subject belongs to (for access checks and the signer's unit)
 * @param title a human title shown next to the signature (e.g. "青山镇 2026 年问题清单 第 2 版")
 * @param content the content tree: String, Long/Integer, BigDecimal, Boolean, null, List and Map values only
 */
public record SignableContent(
    String subjectType, long subjectId, long organisationId, String title, Map<String, Object> content) {

  public SignableContent {
    Objects.requireNonNull(subjectType, "subjectType");
    Objects.requireNonNull(title, "title");
    Objects.requireNonNull(content, "content");
  }

  /** The canonical bytes of the content alone (UTF-8 canonical JSON). */
  public byte[] canonicalBytes() {
    return Canonical.bytes(content);
  }
}

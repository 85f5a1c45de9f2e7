package cn.zeren.signature;

/**
 * The answer of a verification: valid or not, and why, in Chinese (e.g. "签名有效" or "签名后内容已被修改").
 *
 * @param reasonKey the messages-bundle key of the reason, for pages in other languages
 */
public record Verification(long signatureId, boolean valid, String reasonKey, String reason) {}

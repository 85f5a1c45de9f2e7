package cn.zeren.signature;

/**
 * Everything needed to verify one signature offline, without the portal: the exact signed message (canonical
 * JSON, UTF-8), the SM2 signature (DER), the signer's public key (PEM, SubjectPublicKeyInfo) and the SM2
 * distinguishing id used. docs/signatures.md gives the OpenSSL 3 command and the portal's own verifier.
 */
public record SignedPackage(
    long signatureId, byte[] message, byte[] signatureDer, String publicKeyPem, String distinguishingId) {}

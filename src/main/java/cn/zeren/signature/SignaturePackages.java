package cn.zeren.signature;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * The offline verification package of one signature as a ZIP: {@code message.json} (the exact signed bytes),
 * {@code signature.der}, {@code signer.pem} and a README.txt with the OpenSSL 3 command and the portal's own
 * verifier (docs/signatures.md explains both).
 */
public final class SignaturePackages {
  public static final String MESSAGE = "message.json";
  public static final String SIGNATURE = "signature.der";
  public static final String PUBLIC_KEY = "signer.pem";

  private SignaturePackages() {}

  public static String fileName(SignedPackage pack) {
    return "signature-" + pack.signatureId() + ".zip";
  }

  /** The OpenSSL 3 command that verifies the package's files in the current directory. */
  public static String opensslCommand(SignedPackage pack) {
    return "openssl dgst -sm3 -verify " + PUBLIC_KEY + " -sigopt distid:" + pack.distinguishingId()
        + " -signature " + SIGNATURE + " " + MESSAGE;
  }

  public static byte[] zip(SignedPackage pack) {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (ZipOutputStream zip = new ZipOutputStream(bytes, StandardCharsets.UTF_8)) {
      entry(zip, MESSAGE, pack.message());
      entry(zip, SIGNATURE, pack.signatureDer());
      entry(zip, PUBLIC_KEY, pack.publicKeyPem().getBytes(StandardCharsets.US_ASCII));
      entry(zip, "README.txt", readme(pack).getBytes(StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return bytes.toByteArray();
  }

  static String readme(SignedPackage pack) {
    return "责任 Zeren 签名核验包（签名编号 " + pack.signatureId() + "）\n\n"
        + MESSAGE + "    所签报文（规范化 JSON，UTF-8），含所签内容、内容摘要、审阅意见、签名人和签名时间\n"
        + SIGNATURE + "   SM2 签名值（DER），算法 SM3withSM2，区分标识 " + pack.distinguishingId() + "\n"
        + PUBLIC_KEY + "      签名人的 SM2 公钥（PEM），可与门户“签名公钥”页面公布的指纹核对\n\n"
        + "用 OpenSSL 3 核验（输出 Verified OK 即为有效）：\n  " + opensslCommand(pack) + "\n\n"
        + "用门户自带的核验程序（另核对内容摘要）：\n"
        + "  java -cp 'WEB-INF/classes:WEB-INF/lib/*' cn.zeren.signature.OfflineVerifier "
        + MESSAGE + " " + SIGNATURE + " " + PUBLIC_KEY + "\n";
  }

  private static void entry(ZipOutputStream zip, String name, byte[] content) throws IOException {
    zip.putNextEntry(new ZipEntry(name));
    zip.write(content);
    zip.closeEntry();
  }
}

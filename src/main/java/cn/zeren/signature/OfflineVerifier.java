package cn.zeren.signature;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The portal's command-line verifier of a signature package (the three files of a {@link SignedPackage}), usable
 * without the portal or its database — only this class, {@link Sm2} and Bouncy Castle on the class path:
 *
 * <pre>
 * java -cp 'WEB-INF/classes:WEB-INF/lib/*' cn.zeren.signature.OfflineVerifier message.json signature.der signer.pem
 * </pre>
 *
 * It checks the SM2 signature over the message and that the message's {@code contentSha256} is the digest of its
 * {@code content}, prints the signer, time and title, and exits 0 when valid, 1 when not, 2 on bad usage.
 */
public final class OfflineVerifier {
  private static final Pattern CONTENT_DIGEST = Pattern.compile("\"contentSha256\":\"([0-9a-f]{64})\"");

  private OfflineVerifier() {}

  public static void main(String[] args) throws IOException {
    if (args.length != 3) {
      System.err.println("usage: OfflineVerifier message.json signature.der signer.pem");
      System.exit(2);
    }
    byte[] message = Files.readAllBytes(Path.of(args[0]));
    byte[] signature = Files.readAllBytes(Path.of(args[1]));
    String pem = Files.readString(Path.of(args[2]), StandardCharsets.US_ASCII);
    Result result = verify(message, signature, pem);
    System.out.println(result.text());
    System.exit(result.valid() ? 0 : 1);
  }

  /** The outcome and a one-line explanation. */
  public record Result(boolean valid, String text) {}

  public static Result verify(byte[] message, byte[] signature, String publicKeyPem) {
    if (!Sm2.verify(Sm2.publicKeyFromPem(publicKeyPem), message, signature)) {
      return new Result(false, "INVALID: the SM2 signature does not match this message and public key");
    }
    String json = new String(message, StandardCharsets.UTF_8);
    // canonical JSON sorts keys: the message opens with "content", and the top-level "contentSha256" follows it
    // directly; nothing after it (format, opinion, signedAt, signer, subject) has such a key
    int contentAt = json.lastIndexOf(",\"contentSha256\":");
    Matcher digest = CONTENT_DIGEST.matcher(json);
    if (!json.startsWith("{\"content\":") || contentAt < 0 || !digest.find(contentAt + 1)
        || digest.start() != contentAt + 1) {
      return new Result(false, "INVALID: not a Zeren signature message (" + SignedMessage.FORMAT + ")");
    }
    byte[] content = json.substring("{\"content\":".length(), contentAt).getBytes(StandardCharsets.UTF_8);
    if (!Sm2.sha256(content).equals(digest.group(1))) {
      return new Result(false, "INVALID: the content does not have the signed SHA-256 digest");
    }
    return new Result(true, "VALID: SM3withSM2 signature verified; content SHA-256 " + digest.group(1));
  }
}

package cn.zeren.signature;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Optional;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The server's SM4 key that encrypts the signers' private keys. It never lies in the database: production sets it
 * in the configuration ({@code zeren.signing.secret}, env {@code ZEREN_SIGNING_SECRET}: 16 random bytes in Base64,
 * e.g. {@code openssl rand -base64 16}); without it the portal keeps it in the file {@code zeren.signing.secret-file}
 * (default {@code data/signing-secret}), created owner-readable on first use. Lose it and no signer can sign with
 * the existing keys (signatures already made stay verifiable: they need only public keys) — back it up apart
 * from the database (docs/operations.md).
 */
@ApplicationScoped
public class SigningSecret {
  private static final Logger LOG = Logger.getLogger(SigningSecret.class.getName());

  @Inject
  @ConfigProperty(name = "zeren.signing.secret")
  Optional<String> configured;

  @Inject
  @ConfigProperty(name = "zeren.signing.secret-file", defaultValue = "data/signing-secret")
  String file;

  private volatile byte[] key;

  byte[] key() {
    byte[] k = key;
    if (k == null) {
      synchronized (this) {
        if (key == null) {
          key = load();
        }
        k = key;
      }
    }
    return k.clone();
  }

  private byte[] load() {
    if (configured.isPresent() && !configured.get().isBlank()) {
      return decode(configured.get(), "zeren.signing.secret");
    }
    Path path = Path.of(file).toAbsolutePath();
    try {
      if (!Files.exists(path)) {
        create(path);
      }
      return decode(Files.readString(path, StandardCharsets.US_ASCII), path.toString());
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot read the signing secret " + path, e);
    }
  }

  private static void create(Path path) throws IOException {
    byte[] fresh = new byte[Sm4Wrap.KEY_BYTES];
    new SecureRandom().nextBytes(fresh);
    Files.createDirectories(path.getParent());
    try {
      Files.createFile(
          path, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
    } catch (UnsupportedOperationException notPosix) {
      Files.createFile(path);
    } catch (FileAlreadyExistsException other) {
      return; // another node or thread made it first: use theirs
    }
    Files.writeString(path, Base64.getEncoder().encodeToString(fresh) + "\n", StandardCharsets.US_ASCII);
    LOG.warning(
        "zeren.signing.secret is not set: created a signing secret in " + path
            + " — set ZEREN_SIGNING_SECRET in production and back it up apart from the database");
  }

  static byte[] decode(String base64, String where) {
    byte[] k;
    try {
      k = Base64.getDecoder().decode(base64.trim());
    } catch (IllegalArgumentException e) {
      throw new IllegalStateException("The signing secret in " + where + " is not Base64");
    }
    if (k.length != Sm4Wrap.KEY_BYTES) {
      throw new IllegalStateException(
          "The signing secret in " + where + " must be 16 bytes (Base64 of 16 random bytes), not " + k.length);
    }
    return k;
  }
}

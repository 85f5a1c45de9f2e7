package cn.zeren.inspection.draw;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.function.LongSupplier;
import java.util.regex.Pattern;

/**
 * The lot (抽签, ZZ-6) as a commit–reveal procedure that anyone can replay (docs/draw.md):
 *
 * <ol>
 *   <li>the server draws a seed ({@link #newSeed}) and records its {@link #commitment} before the draw;
 *   <li>after that, the presiding office staff may type a witness phrase, so the server cannot have chosen a seed
 *       that suits it; the {@link #finalSeed} is SHA-256 of {@code serverSeedHex + "|" + witness};
 *   <li>the final seed gives the {@link RandomStream} the draw takes every random number from; the server seed is
 *       revealed with the outcome.
 * </ol>
 *
 * Seeds are 64 lower-case hex digits (32 bytes); text is hashed as UTF-8, digests are written in lower-case hex.
 */
public final class Lottery {
  private static final Pattern SEED = Pattern.compile("[0-9a-f]{64}");
  private static final HexFormat HEX = HexFormat.of();

  private Lottery() {}

  /** A new server seed: 32 bytes from {@code random}, lower-case hex. */
  public static String newSeed(SecureRandom random) {
    byte[] seed = new byte[32];
    Checks.present(random, "the SecureRandom").nextBytes(seed);
    return HEX.formatHex(seed);
  }

  /** The commitment recorded before the draw: SHA-256 of the seed's hex text, hex. */
  public static String commitment(String seedHex) {
    return sha256Hex(seed(seedHex, "the seed"));
  }

  /**
   * The seed of the draw: SHA-256 of {@code serverSeedHex + "|" + witness}, hex, with the witness as {@link
   * #witness} normalises it (null or blank gives the empty text).
   */
  public static String finalSeed(String serverSeedHex, String witness) {
    return sha256Hex(seed(serverSeedHex, "the server seed") + "|" + witness(witness));
  }

  /** The witness phrase as it is hashed: without Unicode white space at either end (docs/draw.md), in NFC. */
  public static String witness(String typed) {
    return typed == null ? "" : Normalizer.normalize(Whitespace.strip(typed), Normalizer.Form.NFC);
  }

  /** The random numbers of a draw with this final seed. */
  public static RandomStream stream(String finalSeedHex) {
    return new RandomStream(new Blocks(seed(finalSeedHex, "the final seed")));
  }

  /** SHA-256 of the UTF-8 bytes of {@code text}, lower-case hex. */
  static String sha256Hex(String text) {
    return HEX.formatHex(sha256(text));
  }

  private static byte[] sha256(String text) {
    try {
      return MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every Java platform has SHA-256", e);
    }
  }

  private static String seed(String hex, String what) {
    if (hex == null || !SEED.matcher(hex).matches()) {
      throw new IllegalArgumentException(
          what + " must be 64 lower-case hex digits (32 bytes), was " + (hex == null ? "null" : "\"" + hex + "\""));
    }
    return hex;
  }

  /**
   * The deterministic stream of a draw. Words: block<sub>i</sub> = SHA-256(finalSeedHex + ":" + i) for i = 0, 1, 2…
   * (i in decimal), each block read as four unsigned big-endian 64-bit words. {@link #nextInt} draws uniformly by
   * rejection, {@link #shuffle} is Fisher–Yates. Not thread-safe: one draw, one stream.
   */
  public static final class RandomStream {
    private final LongSupplier words;

    RandomStream(LongSupplier words) {
      this.words = words;
    }

    /** The next 64-bit word, to be read as unsigned. */
    public long nextWord() {
      return words.getAsLong();
    }

    /**
     * A uniform integer in [0, n): with r = 2<sup>64</sup> mod n, take words until one, x, is below 2<sup>64</sup> −
     * r, and answer x mod n. Every call takes at least one word, also for n = 1.
     */
    public int nextInt(int n) {
      if (n < 1) {
        throw new IllegalArgumentException("a uniform integer in [0, n) needs n ≥ 1, was " + n);
      }
      long r = Long.remainderUnsigned(Long.remainderUnsigned(-1L, n) + 1, n);
      while (true) {
        long x = nextWord();
        if (r == 0 || Long.compareUnsigned(x, -r) < 0) {
          return (int) Long.remainderUnsigned(x, n);
        }
      }
    }

    /**
     * A shuffled copy of {@code items} by Fisher–Yates: for i from size − 1 down to 1, swap item i with item
     * {@code nextInt(i + 1)}.
     */
    public <T> List<T> shuffle(List<T> items) {
      List<T> shuffled = new ArrayList<>(Checks.present(items, "the items to shuffle"));
      for (int i = shuffled.size() - 1; i > 0; i--) {
        int j = nextInt(i + 1);
        shuffled.set(j, shuffled.set(i, shuffled.get(j)));
      }
      return shuffled;
    }
  }

  /** The words of the blocks SHA-256(seed + ":" + i). */
  private static final class Blocks implements LongSupplier {
    private final String seed;
    private long index;
    private ByteBuffer block = ByteBuffer.allocate(0);

    Blocks(String seed) {
      this.seed = seed;
    }

    @Override
    public long getAsLong() {
      if (!block.hasRemaining()) {
        block = ByteBuffer.wrap(sha256(seed + ":" + index++));
      }
      return block.getLong();
    }
  }
}

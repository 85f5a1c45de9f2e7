package cn.zeren.inspection.draw;

import static cn.zeren.inspection.draw.Fixtures.EXAMPLE_SEED;
import static cn.zeren.inspection.draw.Fixtures.EXAMPLE_WITNESS;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.security.SecureRandom;
import java.util.ArrayDeque;
import java.util.Arrays;
import java.util.Deque;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The lot of ZZ-6 (随机抽签) as docs/draw.md specifies it; the expected numbers were computed independently of this
 * code (Python's hashlib, the reference replay of docs/draw.md).
 */
class LotteryTest {
  private static final String EXAMPLE_FINAL_SEED = "de7887c4e4d68554f83f755ec72d8f2404d1464f26be4223df9ee2a1897592dd";

  @Test
  void aNewSeedIs32RandomBytesInLowerCaseHexZz6() {
    SecureRandom random = new SecureRandom();
    String one = Lottery.newSeed(random);
    assertTrue(one.matches("[0-9a-f]{64}"), one);
    assertNotEquals(one, Lottery.newSeed(random));
  }

  @Test
  void theCommitmentIsSha256OfTheSeedsHexText() {
    assertEquals("6c86c6aac5fb24bcf5d9939cb7d7d5645ce39418f449e03b262dd4fa14b4b92b", Lottery.commitment(EXAMPLE_SEED));
  }

  @Test
  void theFinalSeedHashesTheServerSeedAndTheWitness() {
    assertEquals(EXAMPLE_FINAL_SEED, Lottery.finalSeed(EXAMPLE_SEED, EXAMPLE_WITNESS));
    assertEquals(Lottery.sha256Hex(EXAMPLE_SEED + "|" + EXAMPLE_WITNESS), EXAMPLE_FINAL_SEED);
  }

  @ParameterizedTest
  @ValueSource(strings = {
    "二〇二五年三月三日上午 巡察办张三",
    "  二〇二五年三月三日上午 巡察办张三 ",
    "\u3000二〇二五年三月三日上午 巡察办张三\u3000\t\n",
    "\u00a0二〇二五年三月三日上午 巡察办张三\u2003"
  })
  void theWitnessIsTrimmedOfWhiteSpaceAtBothEnds(String typed) {
    assertEquals(EXAMPLE_FINAL_SEED, Lottery.finalSeed(EXAMPLE_SEED, typed));
  }

  @Test
  void theWitnessInsideIsKeptAsTyped() {
    assertNotEquals(EXAMPLE_FINAL_SEED, Lottery.finalSeed(EXAMPLE_SEED, "二〇二五年三月三日上午  巡察办张三"));
    assertNotEquals(EXAMPLE_FINAL_SEED, Lottery.finalSeed(EXAMPLE_SEED, "二〇二五年三月三日上午 巡察办李四"));
  }

  @Test
  void theWitnessIsComparedInNfc() {
    assertEquals("Jos\u00e9", Lottery.witness("Jose\u0301"));
    assertEquals(Lottery.finalSeed(EXAMPLE_SEED, "Jos\u00e9"), Lottery.finalSeed(EXAMPLE_SEED, " Jose\u0301 "));
  }

  @ParameterizedTest
  @NullSource
  @ValueSource(strings = {"", " ", "\u3000\t"})
  void noWitnessIsTheEmptyText(String typed) {
    assertEquals(Lottery.sha256Hex(EXAMPLE_SEED + "|"), Lottery.finalSeed(EXAMPLE_SEED, typed));
  }

  @Test
  void theStreamReadsEachBlockAsFourBigEndianWords() {
    Lottery.RandomStream stream = Lottery.stream(EXAMPLE_FINAL_SEED);
    // block 0 = SHA-256("de78…92dd:0") = 7523d99147d80660 8d0b4bda5bbb990b 24d3682f30a5321a ead7a4f861782d7f
    long[] expected = {
      0x7523d99147d80660L, 0x8d0b4bda5bbb990bL, 0x24d3682f30a5321aL, 0xead7a4f861782d7fL,
      0xe78f28e096a727b7L, 0x9c85aae814d2a9a8L
    };
    for (long word : expected) {
      assertEquals(Long.toHexString(word), Long.toHexString(stream.nextWord()));
    }
    assertEquals("8440829344621266528", Long.toUnsignedString(expected[0]));
    assertEquals("16922175511562038655", Long.toUnsignedString(expected[3]));
  }

  @Test
  void aWordInTheBiasedTailIsRejected() {
    // 2^64 mod 3 = 1: the largest word, 2^64 - 1, would favour 0 and is drawn again
    Deque<Long> words = new ArrayDeque<>(List.of(-1L, 5L));
    assertEquals(2, new Lottery.RandomStream(words::pop).nextInt(3));
    assertTrue(words.isEmpty(), "both words taken");
  }

  @Test
  void aPowerOfTwoRejectsNothingAndOneStillTakesAWord() {
    Deque<Long> words = new ArrayDeque<>(List.of(-1L, 7L, 8L));
    Lottery.RandomStream stream = new Lottery.RandomStream(words::pop);
    assertEquals(3, stream.nextInt(4));
    assertEquals(0, stream.nextInt(1));
    assertEquals(List.of(8L), List.copyOf(words));
  }

  @Test
  void theLargestBoundRejectsOnlyTheTail() {
    int n = Integer.MAX_VALUE;
    long tail = -Long.remainderUnsigned(Long.remainderUnsigned(-1L, n) + 1, n); // 2^64 - (2^64 mod n)
    Deque<Long> words = new ArrayDeque<>(List.of(tail, tail - 1));
    assertEquals(Long.remainderUnsigned(tail - 1, n), new Lottery.RandomStream(words::pop).nextInt(n));
  }

  @Test
  void uniformIntegersAreEvenlySpread() {
    Lottery.RandomStream stream = Lottery.stream(EXAMPLE_FINAL_SEED);
    int[] counts = new int[6];
    for (int i = 0; i < 60_000; i++) {
      counts[stream.nextInt(6)]++;
    }
    for (int count : counts) {
      assertTrue(Math.abs(count - 10_000) < 400, Arrays.toString(counts));
    }
  }

  @Test
  void shuffleIsFisherYatesFromTheLastItemDown() {
    Deque<Long> words = new ArrayDeque<>(List.of(0L, 0L));
    // i = 2: swap c with item 0 → c b a; i = 1: swap b with item 0 → b c a
    assertEquals(List.of("b", "c", "a"), new Lottery.RandomStream(words::pop).shuffle(List.of("a", "b", "c")));
    assertEquals(List.of(300L, 200L, 100L), Lottery.stream(EXAMPLE_FINAL_SEED).shuffle(List.of(100L, 200L, 300L)));
  }

  @Test
  void aBoundBelowOneIsRefused() {
    assertThrows(IllegalArgumentException.class, () -> Lottery.stream(EXAMPLE_FINAL_SEED).nextInt(0));
  }

  @ParameterizedTest
  @NullSource
  @ValueSource(strings = {
    "",
    "000102030405060708090a0b0c0d0e0f101112131415161718191a1b1c1d1e1",
    "000102030405060708090a0b0c0d0e0f101112131415161718191a1b1c1d1e1f0",
    "000102030405060708090A0B0C0D0E0F101112131415161718191A1B1C1D1E1F",
    "g00102030405060708090a0b0c0d0e0f101112131415161718191a1b1c1d1e1f",
    " 000102030405060708090a0b0c0d0e0f101112131415161718191a1b1c1d1e1f"
  })
  void aMalformedSeedIsRefusedEverywhere(String seed) {
    for (Runnable use : List.<Runnable>of(
        () -> Lottery.commitment(seed),
        () -> Lottery.finalSeed(seed, EXAMPLE_WITNESS),
        () -> Lottery.stream(seed),
        () -> Draw.run(Fixtures.example(), seed))) {
      IllegalArgumentException e = assertThrows(IllegalArgumentException.class, use::run);
      assertTrue(e.getMessage().contains("64 lower-case hex digits"), e.getMessage());
    }
  }

  @Test
  void noRandomSourceIsRefused() {
    assertThrows(IllegalArgumentException.class, () -> Lottery.newSeed(null));
  }
}

package cn.zeren.signature;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.api.Test;

/** The canonical JSON that signatures cover (YW-11.3): one tree, one byte sequence. */
class CanonicalTest {

  static Stream<Arguments> cases() {
    Map<String, Object> unsorted = new LinkedHashMap<>();
    unsorted.put("b", 1L);
    unsorted.put("a", "x");
    unsorted.put("B", true);
    return Stream.of(
        Arguments.of("keys sorted by code unit", unsorted, "{\"B\":true,\"a\":\"x\",\"b\":1}"),
        Arguments.of("nested and lists keep order", Map.of("l", List.of(3L, 1L, Map.of("z", 0L, "y", 1L))),
            "{\"l\":[3,1,{\"y\":1,\"z\":0}]}"),
        Arguments.of("null", Arrays.asList((Object) null), "[null]"),
        Arguments.of("integers", List.of(0, -7, 9_007_199_254_740_993L), "[0,-7,9007199254740993]"),
        Arguments.of("decimals plain, no trailing zeros", List.of(new BigDecimal("95.50"), new BigDecimal("1E+3"),
            new BigDecimal("0.000"), new BigDecimal("-0.10")), "[95.5,1000,0,-0.1]"),
        Arguments.of("Chinese stays as is", List.of("问题清单：整改"), "[\"问题清单：整改\"]"),
        Arguments.of("escapes only what JSON requires", List.of("a\"b\\c\n\t\u0001/"),
            "[\"a\\\"b\\\\c\\n\\t\\u0001/\"]"),
        Arguments.of("NFC: decomposed é becomes composed", List.of("e\u0301"), "[\"\u00e9\"]"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("cases")
  void writesCanonicalJson(String name, Object tree, String expected) {
    assertEquals(expected, Canonical.string(tree));
    assertArrayEquals(expected.getBytes(StandardCharsets.UTF_8), Canonical.bytes(tree));
  }

  @Test
  void theSameContentInAnotherMapOrderGivesTheSameBytes() {
    Map<String, Object> one = new LinkedHashMap<>();
    one.put("title", "清单");
    one.put("items", List.of(Map.of("no", 1L)));
    Map<String, Object> other = new HashMap<>();
    other.put("items", List.of(Map.of("no", 1L)));
    other.put("title", "清单");
    assertArrayEquals(Canonical.bytes(one), Canonical.bytes(other));
  }

  @Test
  void refusesValuesThatHaveNoCanonicalForm() {
    assertThrows(IllegalArgumentException.class, () -> Canonical.bytes(List.of(1.5d)));
    assertThrows(IllegalArgumentException.class, () -> Canonical.bytes(List.of(java.time.LocalDate.of(2026, 1, 15))));
  }
}

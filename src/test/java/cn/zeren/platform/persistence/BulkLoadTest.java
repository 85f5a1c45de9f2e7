package cn.zeren.platform.persistence;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Fields of a load file are written so that MySQL/MariaDB read back exactly the value, or NULL. */
class BulkLoadTest {
  static Stream<Arguments> fields() {
    return Stream.of(
        Arguments.of(null, "\\N"),
        Arguments.of("YW-10.1", "YW-10.1"),
        Arguments.of("a\tb", "a\\tb"),
        Arguments.of("a\nb\r", "a\\nb\\r"),
        Arguments.of("C:\\dir", "C:\\\\dir"),
        Arguments.of("\\N", "\\\\N"),
        Arguments.of("市纪委", "市纪委"),
        Arguments.of(42L, "42"),
        Arguments.of(LocalDate.of(2027, 1, 15), "2027-01-15"),
        Arguments.of(LocalDateTime.of(2027, 1, 15, 15, 59, 59), "2027-01-15 15:59:59.000000"),
        Arguments.of(LocalDateTime.of(2027, 1, 15, 16, 0, 0, 123_456_789), "2027-01-15 16:00:00.123456"));
  }

  @ParameterizedTest(name = "{0} → {1}")
  @MethodSource("fields")
  void aFieldIsEscapedForLoadData(Object value, String written) {
    assertEquals(written, BulkLoad.field(value));
  }
}

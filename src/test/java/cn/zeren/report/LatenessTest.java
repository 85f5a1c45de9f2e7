package cn.zeren.report;

import static org.junit.jupiter.api.Assertions.assertEquals;

import cn.zeren.platform.i18n.Texts;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Locale;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** YW-10.1: the annual report is due 15 January, 23:59:59 Beijing time; a submission after it is late, and by how much. */
class LatenessTest {
  private static final LocalDate YW_10_1_DUE = LocalDate.of(2027, 1, 15);

  @ParameterizedTest(name = "YW-10.1 submitted {0}: {1}")
  @CsvSource({
    "2027-01-15T23:59:59+08:00, 按时",
    "2027-01-15T15:59:59Z,      按时",
    "2027-01-16T00:00:01+08:00, 逾期 1秒",
    "2027-01-15T16:00:01Z,      逾期 1秒",
    "2027-01-15T16:00:00.5Z,    逾期 1秒",
    "2027-01-16T00:02:00+08:00, 逾期 2分",
    "2027-01-18T03:00:00+08:00, 逾期 2天3小时",
    "2027-01-16T01:30:10+08:00, 逾期 1小时30分",
    "2027-01-10T09:00:00+08:00, 按时"
  })
  void annualReportIsLateFromMidnightBeijingTime(String submitted, String expected) {
    Instant at = OffsetDateTime.parse(submitted).toInstant();
    assertEquals(expected, Lateness.of(at, YW_10_1_DUE).describe(Texts.CHINESE));
  }

  @ParameterizedTest(name = "YW-10.1 {0} late={1}")
  @CsvSource({
    "2027-01-15T23:59:59.999+08:00, false, 0",
    "2027-01-16T00:00:00+08:00,     true,  1",
    "2027-01-16T00:00:01+08:00,     true,  1",
    "2027-01-15T16:00:01Z,          true,  1",
    "2027-01-17T00:00:00+08:00,     true,  86400"
  })
  void aSubmissionOneSecondAfterMidnightBeijingTimeIsLateByOneSecond(String submitted, boolean late, long seconds) {
    Lateness lateness = Lateness.of(OffsetDateTime.parse(submitted).toInstant(), YW_10_1_DUE);
    assertEquals(late, lateness.late());
    assertEquals(seconds, lateness.seconds());
  }

  @ParameterizedTest
  @CsvSource({"90061, 1 d 1 h", "59, 59 s", "3600, 1 h"})
  void theEnglishBundleSaysItInEnglish(long seconds, String expected) {
    assertEquals(expected, new Lateness(true, seconds).delay(Locale.ENGLISH));
  }
}

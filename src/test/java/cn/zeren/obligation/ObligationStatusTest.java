package cn.zeren.obligation;

import static org.junit.jupiter.api.Assertions.assertEquals;

import cn.zeren.rules.RulePackReaderTest;
import java.time.Instant;
import java.time.LocalDate;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * An open instance turns overdue exactly when a submission would be late: from the midnight Beijing time that
 * follows its due date (YW-10.1: 15 January 23:59:59 is still on time).
 */
class ObligationStatusTest {
  @ParameterizedTest(name = "YW-10.1 due 2027-01-15, at {0}: {1}")
  @CsvSource({
    "2027-01-15T15:59:58Z, OPEN",
    "2027-01-15T15:59:59Z, OPEN",
    "2027-01-15T15:59:59.999Z, OPEN",
    "2027-01-15T16:00:00Z, OVERDUE",
    "2027-01-15T16:00:01Z, OVERDUE",
    "2027-01-14T23:00:00Z, OPEN"
  })
  void anOpenAnnualReportIsOverdueFromMidnightBeijingTime(Instant now, ObligationStatus expected) {
    Obligation annual =
        new Obligation(
            RulePackReaderTest.shipped(), RulePackReaderTest.shipped().rule("YW-10.1").orElseThrow(), null, "2027", 2027,
            LocalDate.of(2027, 1, 15));
    assertEquals(expected, annual.statusAt(now), "YW-10.1 at " + now);
  }
}

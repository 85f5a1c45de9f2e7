package cn.zeren.obligation;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.time.MonthDay;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The years a generation run (and a variant switch's preview) covers on a given day. */
class GenerationYearsTest {
  @ParameterizedTest(name = "{0}, next year from {1} → {2}")
  @CsvSource(delimiter = '|', value = {
    "2026-01-01 | --12-01 | 2026",
    "2026-11-30 | --12-01 | 2026",
    "2026-12-01 | --12-01 | 2026 2027",
    "2026-12-31 | --12-01 | 2026 2027",
    "2026-11-15 | --11-15 | 2026 2027",
  })
  void theNextYearJoinsFromTheConfiguredDay(String today, String from, String expected) {
    List<Integer> years = Arrays.stream(expected.split(" ")).map(Integer::valueOf).toList();
    assertEquals(years, GenerationYears.of(LocalDate.parse(today), MonthDay.parse(from)));
  }
}

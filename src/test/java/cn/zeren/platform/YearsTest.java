package cn.zeren.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The portal's years run from 2000 to 2100, both included; a year outside them is refused next to its field. */
class YearsTest {
  @ParameterizedTest
  @ValueSource(ints = {2000, 2026, 2100})
  void aYearOfThePortalPasses(int year) {
    assertEquals(year, Years.require("year", year));
  }

  @ParameterizedTest
  @ValueSource(ints = {-1, 0, 1999, 2101, 99999})
  void anyOtherYearIsRefusedNamingTheFieldAndTheSpan(int year) {
    DomainException refused = assertThrows(DomainException.class, () -> Years.require("year", year));
    assertEquals("year", refused.getField());
    assertEquals("年度应在 2000 至 2100 之间。", refused.getMessage());
  }
}

package cn.zeren.dashboard;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The dashboard's readings of the figures: the share done on time, its colour, rectification states, the order. */
class DashboardFiguresTest {

  @ParameterizedTest(name = "{0} on time, {1} late, {2} overdue, {3} open, {4} waived → {5} ({6})")
  @CsvSource({
    // on time, late, overdue, open, waived, percent, band
    "10, 0, 0, 0, 0, 100%, GOOD",
    "19, 1, 0, 5, 2, 95%, GOOD",
    "9, 1, 0, 0, 0, 90%, FAIR",
    "8, 1, 1, 0, 0, 80%, FAIR",
    "79, 0, 21, 0, 0, 79%, POOR",
    "6, 4, 0, 0, 0, 60%, POOR",
    "1, 1, 1, 0, 0, 33%, BAD",
    "0, 0, 3, 0, 0, 0%, BAD",
    "0, 0, 0, 7, 0, —, NONE",
    "0, 0, 0, 0, 4, —, NONE",
    "0, 0, 0, 0, 0, —, NONE",
  })
  void theShareOnTimeCountsOnlyDecidedInstances(long onTime, long late, long overdue, long open, long waived,
      String percent, HeatBand band) {
    Compliance figures = new Compliance(onTime, late, overdue, open, waived);
    assertEquals(percent, figures.percent());
    assertEquals(band, figures.band());
    assertEquals(onTime + late + overdue, figures.decided());
  }

  @Test
  void nothingDecidedHasNoShareAndFiguresAddUp() {
    assertNull(new Compliance(0, 0, 0, 3, 1).share());
    assertEquals(new Compliance(3, 2, 1, 4, 5), new Compliance(1, 1, 1, 1, 1).plus(new Compliance(2, 1, 0, 3, 4)));
    assertEquals(15, new Compliance(3, 2, 1, 4, 5).total());
  }

  @ParameterizedTest(name = "share {0} → {1}")
  @CsvSource({"0.0, BAD", "0.5999, BAD", "0.6, POOR", "0.7999, POOR", "0.8, FAIR", "0.9499, FAIR", "0.95, GOOD",
      "1.0, GOOD"})
  void bandsStartAtTheirLowerBound(double share, HeatBand band) {
    assertEquals(band, HeatBand.of(share));
    assertEquals("zr-heat-" + band.name().toLowerCase(), band.styleClass());
  }

  /** YW-11.2: an item counts as rectified when its write-off (销账) is approved; deadlines are Beijing days. */
  @ParameterizedTest(name = "deadline {0}, write-off approved {1}, today {2} → {3}")
  @CsvSource({
    "2026-06-30, , 2026-06-30, OPEN",
    "2026-06-30, , 2026-07-01, OVERDUE",
    ", , 2030-01-01, OPEN",
    "2026-06-30, 2026-06-30T15:59:59Z, 2026-12-01, CLOSED_ON_TIME",
    "2026-06-30, 2026-06-30T16:00:00Z, 2026-12-01, CLOSED_LATE",
    "2026-06-30, 2026-05-01T00:00:00Z, 2026-05-02, CLOSED_ON_TIME",
    ", 2026-09-01T00:00:00Z, 2026-12-01, CLOSED_ON_TIME",
  })
  void rectificationItemsAreOpenOverdueOrWrittenOffOnTimeOrLate(LocalDate deadline, Instant closedAt, LocalDate today,
      RectificationState expected) {
    assertEquals(expected, RectificationState.of(deadline, closedAt, today));
  }

  @Test
  void theHeatMapPutsTheWorstUnitFirstAndUnitsWithNothingDueLast() {
    List<Dashboard.UnitRow> rows = new ArrayList<>(List.of(
        row(1, "甲镇", new Compliance(10, 0, 0, 0, 0)),
        row(2, "乙镇", new Compliance(0, 0, 0, 5, 0)),
        row(3, "丙镇", new Compliance(5, 0, 5, 0, 0)),
        row(4, "丁镇", new Compliance(1, 0, 1, 0, 0)),
        row(5, "戊镇", new Compliance(2, 2, 0, 0, 0))));
    rows.sort(DashboardService.WORST_FIRST);
    assertEquals(List.of("丙镇", "丁镇", "戊镇", "甲镇", "乙镇"), rows.stream().map(Dashboard.UnitRow::name).toList(),
        "50% with 5 overdue before 50% with 1 overdue and 50% with none; nothing decided last");
  }

  private static Dashboard.UnitRow row(long id, String name, Compliance figures) {
    return new Dashboard.UnitRow(id, name, figures, Map.of("YW-9.1", figures));
  }
}

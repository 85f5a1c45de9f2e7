package cn.zeren.calendar;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** An administrator's holiday-schedule upload is refused whole, naming the line and the reason (SPEC §11). */
class ScheduleFileTest {
  @Test
  void aWellFormedYearIsRead() {
    List<ScheduleDay> days =
        ScheduleFile.parseOneYear("date,kind,name\n2027-01-01,holiday,元旦\n2027-02-06,workday,春节\n");
    assertEquals(2, days.size());
    assertEquals(DayKind.WORKDAY, days.get(1).kind());
    assertEquals("春节", days.get(1).name());
  }

  @ParameterizedTest(name = "{2}")
  @CsvSource(
      delimiter = '|',
      value = {
        "day,kind,name\\n2027-01-01,holiday,元旦 | 1 | calendar.file.header",
        "date,kind,name\\n2027-01-01,holiday,元旦\\n2027-01-01,holiday,元旦 | 3 | calendar.file.duplicate",
        "date,kind,name\\n2027-01-01,vacation,元旦 | 2 | calendar.file.kind",
        "date,kind,name\\n2027-13-01,holiday,元旦 | 2 | calendar.file.date",
        "date,kind,name\\n2027-01-04,workday,元旦 | 2 | calendar.file.workdayOnWeekday",
        "date,kind,name\\n2027-01-01 | 2 | calendar.file.fields",
        "date,kind,name\\n2027-01-01,holiday,元旦\\n2028-01-01,holiday,元旦 | 3 | calendar.file.otherYear",
        "date,kind,name\\n | 0 | calendar.file.empty"
      })
  void aBadFileIsRefusedWithItsLineAndReason(String content, int line, String reason) {
    ScheduleFileException e =
        assertThrows(
            ScheduleFileException.class, () -> ScheduleFile.parseOneYear(content.replace("\\n", "\n")));
    assertEquals(reason, e.getKey());
    assertEquals(line, e.getLine());
  }

  @Test
  void theShippedSchedulesAreValid() {
    assertEquals(2, DeadlinesTest.SHIPPED.years().size());
  }
}

package org.scopeplus.core.scope3plus;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.Test;

class UtcCalendarTest {

  @Test
  void monthIndexMatchesJavaTimeOverTwoCenturies() {
    for (LocalDate d = LocalDate.of(1999, 1, 1);
        d.isBefore(LocalDate.of(2101, 1, 1));
        d = d.plusDays(13)) {
      int day = UtcCalendar.epochDay(d.atStartOfDay().toEpochSecond(ZoneOffset.UTC));
      assertThat(UtcCalendar.monthIndex(day)).isEqualTo(d.getYear() * 12 + d.getMonthValue() - 1);
    }
    assertThat(UtcCalendar.monthText(UtcCalendar.parseMonth("2035-12"))).isEqualTo("2035-12");
  }

  /**
   * Every day on both sides of the table the month is read from (1999-01-01 to 2100-12-31) and far
   * outside it, against java.time as the independent calendar.
   */
  @Test
  void monthIndexOfEveryDayAroundTheWindowMatchesJavaTime() {
    for (LocalDate d = LocalDate.of(1998, 6, 1);
        d.isBefore(LocalDate.of(2101, 7, 1));
        d = d.plusDays(1)) {
      int day = (int) d.toEpochDay();
      assertThat(UtcCalendar.monthIndex(day))
          .as("%s", d)
          .isEqualTo(d.getYear() * 12 + d.getMonthValue() - 1);
    }
    for (LocalDate d :
        List.of(
            LocalDate.of(1970, 1, 1),
            LocalDate.of(1969, 12, 31),
            LocalDate.of(1, 3, 1),
            LocalDate.of(9999, 12, 31),
            LocalDate.of(-400, 2, 29))) {
      assertThat(UtcCalendar.monthIndex((int) d.toEpochDay()))
          .as("%s", d)
          .isEqualTo(d.getYear() * 12 + d.getMonthValue() - 1);
    }
  }

  /**
   * Found by the fuzzing suite: a nine-digit year multiplied by 12 overflowed into another month.
   */
  @Test
  void aMonthNotWrittenYyyyMmIsRefusedWithASentence() {
    for (String text :
        List.of("999999999-01", "2024-1", "+2024-01", "2024-13", "2024-00", "May 2024", "")) {
      assertThatThrownBy(() -> UtcCalendar.parseMonth(text))
          .as(text)
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessage("month " + text + " is not a month written yyyy-MM such as 2024-05");
    }
  }

  /**
   * The ledger counts events from 2000-01-01 to 2099-12-31 (Scope3PlusRules.MIN_SECOND and
   * MAX_SECOND): a month outside is refused, not answered with an empty statement.
   */
  @Test
  void aMonthOutsideTheLedgersWindowIsRefusedWithASentence() {
    for (String text : List.of("0000-01", "1900-01", "1999-12", "2100-01", "2200-12")) {
      assertThatThrownBy(() -> UtcCalendar.parseMonth(text))
          .as(text)
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessage(
              "month "
                  + text
                  + " is outside 2000-2099, the years the Scope 3+ ledger counts events in");
    }
    assertThat(UtcCalendar.parseMonth("2000-01")).isEqualTo(2000 * 12);
    assertThat(UtcCalendar.parseMonth(" 2099-12 ")).isEqualTo(2099 * 12 + 11);
    assertThat(UtcCalendar.monthIndex(UtcCalendar.epochDay(Scope3PlusRules.MIN_SECOND)))
        .isEqualTo(2000 * 12);
    assertThat(UtcCalendar.monthIndex(UtcCalendar.epochDay(Scope3PlusRules.MAX_SECOND - 1)))
        .isEqualTo(2099 * 12 + 11);
  }
}

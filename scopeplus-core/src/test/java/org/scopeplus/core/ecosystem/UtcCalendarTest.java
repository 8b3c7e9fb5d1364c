package org.scopeplus.core.ecosystem;

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
   * Found by the fuzzing suite: a nine-digit year multiplied by 12 overflowed into another month.
   */
  @Test
  void aMonthOutsideTheAcceptedDatesOrNotWrittenYyyyMmIsRefused() {
    for (String text :
        List.of("999999999-01", "0000-01", "1899-12", "2201-01", "2024-1", "+2024-01")) {
      assertThatThrownBy(() -> UtcCalendar.parseMonth(text))
          .as(text)
          .isInstanceOf(IllegalArgumentException.class);
    }
    assertThat(UtcCalendar.parseMonth("1900-01")).isEqualTo(1900 * 12);
    assertThat(UtcCalendar.parseMonth("2200-12")).isEqualTo(2200 * 12 + 11);
  }
}

package org.scopeplus.core.ecosystem;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.ZoneOffset;
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
}

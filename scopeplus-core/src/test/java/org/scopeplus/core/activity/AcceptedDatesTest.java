package org.scopeplus.core.activity;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.YearMonth;
import org.junit.jupiter.api.Test;

/**
 * The accepted range of dates, 1900-01-01 to 2200-12-31, and the activity-record periods it admits:
 * the edge days are inside, the day on either side outside, and a period is accepted only when both
 * its ends are.
 */
class AcceptedDatesTest {

  @Test
  void theEdgeDaysAreInsideAndTheDaysBeyondThemOutside() {
    assertThat(AcceptedDates.contains(LocalDate.of(1900, 1, 1))).isTrue();
    assertThat(AcceptedDates.contains(LocalDate.of(2200, 12, 31))).isTrue();
    assertThat(AcceptedDates.contains(LocalDate.of(1899, 12, 31))).isFalse();
    assertThat(AcceptedDates.contains(LocalDate.of(2201, 1, 1))).isFalse();
    assertThat(AcceptedDates.contains(LocalDate.of(1582, 10, 5))).isFalse();
    assertThat(AcceptedDates.contains(LocalDate.of(0, 1, 1))).isFalse();
    assertThat(AcceptedDates.contains(LocalDate.MIN)).isFalse();
    assertThat(AcceptedDates.contains(LocalDate.MAX)).isFalse();
    assertThat(AcceptedDates.containsYear(1900)).isTrue();
    assertThat(AcceptedDates.containsYear(2200)).isTrue();
    assertThat(AcceptedDates.containsYear(1899)).isFalse();
    assertThat(AcceptedDates.containsYear(2201)).isFalse();
    assertThat(AcceptedDates.contains(YearMonth.of(2200, 12))).isTrue();
    assertThat(AcceptedDates.contains(YearMonth.of(1899, 12))).isFalse();
    assertThat(AcceptedDates.refusal("start", LocalDate.of(1582, 10, 5)))
        .isEqualTo("start 1582-10-05 is outside the accepted dates 1900-01-01 to 2200-12-31");
  }

  @Test
  void aPeriodIsAcceptedOnlyWhenBothItsEndsAreInside() {
    assertThat(Period.parse("1900-01")).isPresent();
    assertThat(Period.parse("2200-12")).isPresent();
    assertThat(Period.parse("1900")).isPresent();
    assertThat(Period.parse("2200-Q4")).isPresent();
    assertThat(Period.parse("1900-01-01/2200-12-31")).isPresent();
    for (String outside :
        new String[] {
          "1899-12", "2201-01", "0000", "1582-10", "1899-12-31/1900-01-31", "2200-12-31/2201-01-01"
        }) {
      assertThat(Period.parse(outside)).as(outside).isEmpty();
      assertThat(Period.outsideAcceptedDates(outside)).as(outside).isTrue();
    }
    assertThat(Period.outsideAcceptedDates("2024-13")).isFalse();
    assertThat(Period.outsideAcceptedDates("2024-03")).isFalse();
  }
}

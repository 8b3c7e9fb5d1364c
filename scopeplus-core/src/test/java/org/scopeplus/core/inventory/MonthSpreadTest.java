package org.scopeplus.core.inventory;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.LongRange;
import org.junit.jupiter.api.Test;
import org.scopeplus.core.activity.Period;

/**
 * A record longer than a month is spread over its calendar months by days; the parts are whole
 * grams that add up to the record's grams exactly. Expected values are worked by hand below.
 */
class MonthSpreadTest {

  private static List<MonthSpread.Part> spread(String period, long grams) {
    return MonthSpread.of(Period.parse(period).orElseThrow(), grams);
  }

  @Test
  void aLeapYearQuarterGoesByItsDays() {
    // 2024-Q1 has 31 + 29 + 31 = 91 days: 91 g is 31 g, 29 g and 31 g
    assertThat(spread("2024-Q1", 91))
        .containsExactly(
            new MonthSpread.Part("2024-01", 31),
            new MonthSpread.Part("2024-02", 29),
            new MonthSpread.Part("2024-03", 31));
  }

  @Test
  void theGramsLeftOverGoToTheLargestRemainders() {
    // 2023-Q1 has 31 + 28 + 31 = 90 days. 482,846,000 g x 31/90 = 166,313,622.22 g (January and
    // March), x 28/90 = 150,218,755.56 g (February). Whole grams give 482,845,999 g; the gram left
    // goes to February, whose remainder (.56) is the largest.
    assertThat(spread("2023-Q1", 482_846_000L))
        .containsExactly(
            new MonthSpread.Part("2023-01", 166_313_622L),
            new MonthSpread.Part("2023-02", 150_218_756L),
            new MonthSpread.Part("2023-03", 166_313_622L));
  }

  @Test
  void aYearGoesByTheDaysOfEachMonthAndASignIsKept() {
    // 2024 has 366 days: -366 g is minus each month's days
    List<MonthSpread.Part> parts = spread("2024", -366);
    assertThat(parts).hasSize(12);
    assertThat(parts.get(0)).isEqualTo(new MonthSpread.Part("2024-01", -31));
    assertThat(parts.get(1)).isEqualTo(new MonthSpread.Part("2024-02", -29));
    assertThat(parts.get(3)).isEqualTo(new MonthSpread.Part("2024-04", -30));
    assertThat(parts.stream().mapToLong(MonthSpread.Part::grams).sum()).isEqualTo(-366);
  }

  @Test
  void aPeriodWithinOneMonthIsThatMonths() {
    Period days = new Period(LocalDate.of(2024, 3, 5), LocalDate.of(2024, 3, 20), "x");
    assertThat(MonthSpread.of(days, 1000)).containsExactly(new MonthSpread.Part("2024-03", 1000));
  }

  @Test
  void aRangeAcrossMonthsCountsOnlyItsOwnDays() {
    // 2024-01-22..2024-02-10: 10 days in January, 10 in February
    Period range = new Period(LocalDate.of(2024, 1, 22), LocalDate.of(2024, 2, 10), "x");
    assertThat(MonthSpread.of(range, 1001))
        .containsExactly(
            new MonthSpread.Part("2024-01", 501), new MonthSpread.Part("2024-02", 500));
  }

  @Property(tries = 300)
  void thePartsAddUpToTheGramsExactly(
      @ForAll @LongRange(min = -1_000_000_000_000_000L, max = 1_000_000_000_000_000L) long grams,
      @ForAll @IntRange(min = 2000, max = 2100) int year,
      @ForAll @IntRange(min = 1, max = 4) int quarter) {
    List<MonthSpread.Part> parts = MonthSpread.of(Period.parse(year + "-Q" + quarter).get(), grams);
    assertThat(parts).hasSize(3);
    assertThat(parts.stream().mapToLong(MonthSpread.Part::grams).sum()).isEqualTo(grams);
    for (MonthSpread.Part p : parts) {
      assertThat(Math.abs(p.grams())).isLessThanOrEqualTo(Math.abs(grams));
    }
  }
}

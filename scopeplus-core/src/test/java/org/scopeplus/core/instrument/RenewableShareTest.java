package org.scopeplus.core.instrument;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.time.YearMonth;
import org.junit.jupiter.api.Test;

/**
 * The renewable-electricity share by hand: two data centers of the cloud unit, 1,000 MWh of which
 * 300 covered and 500 MWh of which 500 covered, give the unit 800 / 1,500 = 53.3%; the company with
 * 500 uncovered MWh of offices has 800 / 2,000 = 40%.
 */
class RenewableShareTest {

  private static final YearMonth MARCH = YearMonth.of(2025, 3);

  @Test
  void theShareOfAUnitIncludesTheUnitsBelowIt() {
    RenewableShare s = new RenewableShare();
    s.add("K/Cloud/DC-1", MARCH, 700_000, false);
    s.add("K/Cloud/DC-1", MARCH, 300_000, true);
    s.add("K/Cloud/DC-2", MARCH, 500_000, true);
    s.add("K/Offices", MARCH, 500_000, false);
    assertThat(s.of("K/Cloud").get(2025)).isCloseTo(800.0 / 1500, within(1e-12));
    assertThat(s.of("K").get(2025)).isCloseTo(0.4, within(1e-12));
    assertThat(s.of("K/Cloud/DC-2").get(2025)).isEqualTo(1.0);
    assertThat(s.of("K/Retail")).isEmpty();
  }

  /**
   * By month and by year: DC-1 with 100 of 400 MWh covered in January and 300 of 600 in February
   * has 25% and 50% by month, and (100 + 300) / (400 + 600) = 40% for the year, not the mean of the
   * months (37.5%).
   */
  @Test
  void theYearIsTheSumOfItsMonthsNotTheirMean() {
    RenewableShare s = new RenewableShare();
    s.add("K/DC-1", YearMonth.of(2025, 1), 300_000, false);
    s.add("K/DC-1", YearMonth.of(2025, 1), 100_000, true);
    s.add("K/DC-1", YearMonth.of(2025, 2), 300_000, false);
    s.add("K/DC-1", YearMonth.of(2025, 2), 300_000, true);
    assertThat(s.byMonth("K"))
        .containsExactly(
            java.util.Map.entry(YearMonth.of(2025, 1), 0.25),
            java.util.Map.entry(YearMonth.of(2025, 2), 0.5));
    assertThat(s.of("K").get(2025)).isEqualTo(0.4);
    assertThat(s.kwhByMonth("K/DC-1").get(YearMonth.of(2025, 2))).containsExactly(600_000, 300_000);
  }
}

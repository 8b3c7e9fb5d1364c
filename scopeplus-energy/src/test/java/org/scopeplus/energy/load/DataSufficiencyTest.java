package org.scopeplus.energy.load;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.Locale;
import java.util.function.LongPredicate;
import org.junit.jupiter.api.Test;

/**
 * CalTRACK 2.0 data sufficiency on constructed hourly series at and around each threshold, the
 * rules as OpenDSM's eemeter applies them ({@code opendsm/eemeter/common/sufficiency_criteria.py}):
 * 329 to 365 baseline days, 90 % of days with data, 90 % of each month's hours, and the warning
 * above median + 3 × IQR.
 */
class DataSufficiencyTest {

  private static final ZoneId UTC = ZoneOffset.UTC;
  private static final long FROM = 1_672_531_200L; // 2023-01-01T00:00Z
  private static final long DAY = 86_400;
  private static final long JANUARY_HOURS = 31 * 24;

  /** Hours of [from, to) kept by {@code keep}, valued 1, 2, 3, 4 by hour of day modulo 4. */
  private static HourlySeries series(long from, long to, LongPredicate keep) {
    long[] t = new long[(int) ((to - from) / 3600)];
    double[] v = new double[t.length];
    int n = 0;
    for (long h = from; h < to; h += 3600) {
      if (keep.test(h)) {
        t[n] = h;
        v[n] = 1 + (h / 3600) % 4;
        n++;
      }
    }
    return new HourlySeries(Arrays.copyOf(t, n), Arrays.copyOf(v, n));
  }

  private static HourlySeries full(long from, long to) {
    return series(from, to, h -> true);
  }

  private static DataSufficiency baseline(
      HourlySeries meter, HourlySeries temp, long days, String model) {
    return DataSufficiency.baseline(meter, temp, FROM, FROM + days * DAY, UTC, model);
  }

  private static String[] codes(java.util.List<DataSufficiency.Finding> fs) {
    return fs.stream().map(DataSufficiency.Finding::code).toArray(String[]::new);
  }

  @Test
  void aFullYearIsSufficient() {
    long to = FROM + 365 * DAY;
    DataSufficiency s = baseline(full(FROM, to), full(FROM, to), 365, "hourly");
    assertThat(s.sufficient()).isTrue();
    assertThat(s.warnings()).isEmpty();
    assertThat(s.days()).isEqualTo(365);
    assertThat(s.daysWithData()).isEqualTo(365);
  }

  @Test
  void theBaselineSpansFrom329To365Days() {
    long wide = FROM + 400 * DAY;
    HourlySeries m = full(FROM, wide);
    HourlySeries t = full(FROM, wide);
    assertThat(baseline(m, t, 365, "daily").sufficient()).isTrue();
    assertThat(baseline(m, t, 329, "daily").sufficient()).isTrue();
    assertThat(codes(baseline(m, t, 366, "daily").disqualifications()))
        .containsExactly("incorrect_number_of_total_days");
    assertThat(codes(baseline(m, t, 328, "daily").disqualifications()))
        .containsExactly("incorrect_number_of_total_days");
    assertThat(baseline(m, t, 366, "daily").refusal("baseline"))
        .contains("The baseline spans 366 days; CalTRACK asks for 329 to 365 days");
  }

  /** The baseline's refusal in English is the refusal's sentence; in Chinese, each finding's. */
  @Test
  void theBaselineRefusalIsSaidInEnglishAndChinese() {
    long wide = FROM + 400 * DAY;
    DataSufficiency s = baseline(full(FROM, wide), full(FROM, wide), 366, "daily");
    assertThat(s.baselineRefusal("2023-01-01/2024-01-02", Locale.ENGLISH))
        .isEqualTo(
            "the baseline 2023-01-01/2024-01-02 does not meet CalTRACK's data sufficiency: The"
                + " baseline spans 366 days; CalTRACK asks for 329 to 365 days (at most a year"
                + " before the intervention).")
        .isEqualTo(s.refusal("baseline 2023-01-01/2024-01-02"));
    assertThat(s.baselineRefusal("2023-01-01/2024-01-02", Locale.SIMPLIFIED_CHINESE))
        .isEqualTo(
            "基期 2023-01-01/2024-01-02 不满足 CalTRACK 的数据充分性要求：基期为 366 天；CalTRACK 要求 329 至 365"
                + " 天（干预前至多一年）。");
  }

  /**
   * 365 days: 329 days of readings is 90.1 %, 328 is 89.9 % (eemeter: n_valid_days / n_days_total
   * below 0.9 disqualifies). The missing hours are spread one in ten-odd so that no month falls far
   * below the rest; the daily model has no monthly reading rule.
   */
  @Test
  void ninetyPercentOfTheDaysHaveReadings() {
    long to = FROM + 365 * DAY;
    HourlySeries temp = full(FROM, to);
    // keep 329 × 24 = 7,896 of 8,760 hours: drop 864, the hours whose index i has i mod 10 == 9
    // up to that count
    HourlySeries enough = dropEvery(FROM, to, 864);
    HourlySeries short1 = dropEvery(FROM, to, 864 + 24);
    DataSufficiency ok = baseline(enough, temp, 365, "daily");
    assertThat(ok.sufficient()).as(ok.refusal("baseline")).isTrue();
    assertThat(ok.daysWithData()).isEqualTo(329);
    DataSufficiency no = baseline(short1, temp, 365, "daily");
    assertThat(codes(no.disqualifications()))
        .containsExactly(
            "too_many_days_with_missing_data", "too_many_days_with_missing_meter_data");
    assertThat(no.daysWithData()).isEqualTo(328);
    assertThat(no.disqualifications().get(1).message())
        .isEqualTo("328 of the 365 days have readings (89.9%); CalTRACK asks for at least 90%.");
    DataSufficiency noTemp = baseline(temp, short1, 365, "daily");
    assertThat(codes(noTemp.disqualifications()))
        .contains("too_many_days_with_missing_temperature_data");
  }

  /** Drops {@code count} hours, every tenth from the start until the count is reached. */
  private static HourlySeries dropEvery(long from, long to, int count) {
    long[] dropped = {0};
    return series(
        from,
        to,
        h -> {
          long i = (h - from) / 3600;
          if (i % 10 == 9 && dropped[0] < count) {
            dropped[0]++;
            return false;
          }
          return true;
        });
  }

  /**
   * January has 744 hours: 670 with readings is 90.05 %, 669 is 89.9 %. The hourly model is
   * disqualified by the month; the daily model, whose rule is the year's days (8,685 / 24 = 361 of
   * 365), is not.
   */
  @Test
  void everyMonthHasNinetyPercentOfItsHoursForTheHourlyModel() {
    long to = FROM + 365 * DAY;
    HourlySeries temp = full(FROM, to);
    HourlySeries m670 = series(FROM, to, h -> h >= FROM + (JANUARY_HOURS - 670) * 3600);
    HourlySeries m669 = series(FROM, to, h -> h >= FROM + (JANUARY_HOURS - 669) * 3600);
    assertThat(DataSufficiency.baseline(m670, temp, FROM, to, UTC, "hourly").sufficient()).isTrue();
    DataSufficiency no = DataSufficiency.baseline(m669, temp, FROM, to, UTC, "hourly");
    assertThat(codes(no.disqualifications())).containsExactly("missing_monthly_meter_data");
    assertThat(no.disqualifications().get(0).text(Locale.SIMPLIFIED_CHINESE))
        .isEqualTo("1 月只有 89.9% 的小时具有抄表读数；小时模型要求每月至少 90%。");
    assertThat(DataSufficiency.baseline(m669, temp, FROM, to, UTC, "daily").sufficient()).isTrue();
    // temperatures: the monthly rule holds for both models and for the reporting period
    DataSufficiency t = DataSufficiency.baseline(full(FROM, to), m669, FROM, to, UTC, "daily");
    assertThat(codes(t.disqualifications())).containsExactly("missing_monthly_temperature_data");
    assertThat(codes(DataSufficiency.reporting(m669, FROM, to, UTC).disqualifications()))
        .containsExactly("missing_monthly_temperature_data");
    assertThat(DataSufficiency.reporting(m670, FROM, to, UTC).sufficient()).isTrue();
  }

  /**
   * 8,760 hours valued 1, 2, 3, 4 in turn (2,190 each): by pandas' linear quantiles Q1 at rank 0.25
   * × 8,759 = 2,189.75 is 1 + 0.75 = 1.75, the median at 4,379.5 is 2.5, Q3 at 6,569.25 is 3.25;
   * the limit is 2.5 + 3 × 1.5 = 7.0. One reading of 7.0 is not above it; 7.001 is, and is warned
   * of (the top rank's change leaves the quartiles as they were).
   */
  @Test
  void readingsAboveMedianPlusThreeIqrAreWarnedOf() {
    long to = FROM + 365 * DAY;
    HourlySeries temp = full(FROM, to);
    HourlySeries m = full(FROM, to);
    DataSufficiency at = baseline(withLast(m, 7.0), temp, 365, "hourly");
    assertThat(at.warnings()).isEmpty();
    DataSufficiency above = baseline(withLast(m, 7.001), temp, 365, "hourly");
    assertThat(above.sufficient()).isTrue();
    assertThat(codes(above.warnings())).containsExactly("extreme_values_detected");
    assertThat(above.warnings().get(0).message())
        .startsWith(
            "1 hourly readings lie above median + 3 x IQR (7 kWh; highest 7.001 kWh, median 2.5 kWh)");
    assertThat(DataSufficiency.quantile(new double[] {1, 2, 3, 4}, 0.25)).isEqualTo(1.75);
  }

  private static HourlySeries withLast(HourlySeries s, double v) {
    double[] values = s.values();
    values[values.length - 1] = v;
    return new HourlySeries(s.hourStarts(), values);
  }

  @Test
  void noDataIsDisqualified() {
    long to = FROM + 365 * DAY;
    DataSufficiency s =
        baseline(new HourlySeries(new long[0], new double[0]), full(FROM, to), 365, "hourly");
    assertThat(codes(s.disqualifications())).containsExactly("no_data");
  }

  @Test
  void everyFindingIsSaidInBothLanguages() {
    for (String code :
        java.util.ResourceBundle.getBundle("org.scopeplus.energy.load.SufficiencyText", Locale.ROOT)
            .keySet()) {
      DataSufficiency.Finding f = new DataSufficiency.Finding(code, new Object[] {1, 2.5, 3, 4});
      assertThat(f.text(Locale.ENGLISH)).isNotBlank();
      assertThat(f.text(Locale.SIMPLIFIED_CHINESE)).isNotEqualTo(f.text(Locale.ENGLISH));
    }
  }
}

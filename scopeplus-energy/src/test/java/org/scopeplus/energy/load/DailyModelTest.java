package org.scopeplus.energy.load;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.time.ZoneOffset;
import java.util.function.DoubleUnaryOperator;
import org.junit.jupiter.api.Test;

/**
 * CalTRACK daily on constructed series whose true model is known: each day has one temperature for
 * all its hours and its kWh spread evenly over them; a small alternating disturbance (±0.5 kWh a
 * day, orthogonal to nothing in particular) keeps the p-values finite.
 */
class DailyModelTest {

  static final long MONDAY = 1_672_617_600L; // 2023-01-02T00:00Z

  /** Days with mean temperatures cycling 20-99 °F, kWh from the given day function. */
  static LoadData days(int count, DoubleUnaryOperator kwhOfFahrenheit, double noise) {
    long[] h = new long[count * 24];
    double[] kwh = new double[h.length];
    double[] t = new double[h.length];
    for (int d = 0; d < count; d++) {
      double f = 20 + (d * 37) % 80; // every temperature 20..99 °F once per 80 days
      double y = kwhOfFahrenheit.applyAsDouble(f) + (d % 2 == 0 ? noise : -noise);
      for (int k = 0; k < 24; k++) {
        int i = d * 24 + k;
        h[i] = MONDAY + i * 3600L;
        t[i] = Temperatures.celsius(f);
        kwh[i] = y / 24;
      }
    }
    return LoadData.of(h, kwh, t, ZoneOffset.UTC);
  }

  @Test
  void aCoolingLoadFindsItsBalancePointAndSlope() {
    // 100 kWh a day of base load and 3 kWh per cooling degree day above 65 °F
    DailyModel m = DailyModel.fit(days(160, f -> 100 + 3 * Math.max(f - 65, 0), 0.5));
    assertThat(m.kind()).isEqualTo(DailyModel.Kind.CDD_ONLY);
    assertThat(m.coolingBalanceF()).isEqualTo(65);
    assertThat(m.coolingSlope()).isCloseTo(3, within(0.01));
    assertThat(m.intercept()).isCloseTo(100, within(0.2));
    assertThat(m.predictDay(75)).isCloseTo(130, within(0.2));
  }

  @Test
  void heatingAndCoolingTogether() {
    // 50 kWh a day, 2 kWh per HDD below 55 °F, 4 kWh per CDD above 70 °F
    DailyModel m =
        DailyModel.fit(days(160, f -> 50 + 2 * Math.max(55 - f, 0) + 4 * Math.max(f - 70, 0), 0.5));
    assertThat(m.kind()).isEqualTo(DailyModel.Kind.HDD_CDD);
    assertThat(m.heatingBalanceF()).isEqualTo(55);
    assertThat(m.coolingBalanceF()).isEqualTo(70);
    assertThat(m.heatingSlope()).isCloseTo(2, within(0.01));
    assertThat(m.coolingSlope()).isCloseTo(4, within(0.01));
    assertThat(m.parameters()).isEqualTo(3);
  }

  @Test
  void noTemperatureDependenceIsTheInterceptOnly() {
    // alternating 9 and 11 kWh a day: the mean 10, slopes are never significant
    DailyModel m = DailyModel.fit(days(160, f -> 10, 1));
    assertThat(m.kind()).isEqualTo(DailyModel.Kind.INTERCEPT_ONLY);
    assertThat(m.intercept()).isCloseTo(10, within(1e-12));
    assertThat(m.adjustedRSquared()).isZero();
  }

  @Test
  void tooFewDaysAreRefusedWithASentence() {
    org.assertj.core.api.Assertions.assertThatThrownBy(() -> DailyModel.fit(days(5, f -> 1, 0)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("5 complete metered days");
  }
}

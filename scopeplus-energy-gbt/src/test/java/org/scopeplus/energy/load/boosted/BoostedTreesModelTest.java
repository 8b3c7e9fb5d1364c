package org.scopeplus.energy.load.boosted;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.time.ZoneOffset;
import java.util.Arrays;
import org.junit.jupiter.api.Test;
import org.scopeplus.energy.load.Accuracy;
import org.scopeplus.energy.load.Backtest;
import org.scopeplus.energy.load.HourlyModelTest;
import org.scopeplus.energy.load.HourlySeries;
import org.scopeplus.energy.load.LoadData;
import org.scopeplus.energy.load.Predictions;

class BoostedTreesModelTest {

  static final long MONDAY = HourlyModelTest.MONDAY;

  /**
   * The constructed relation, by hand: 5 kWh in working hours (Monday to Friday, 08:00-18:00), 1
   * kWh otherwise, plus 2 kWh when the hour is warmer than 20 °C (cooling). A step in each feature
   * is what a tree splits on, so boosting can learn it exactly.
   */
  static double load(int hourOfWeek, double celsius) {
    int day = hourOfWeek / 24;
    int hour = hourOfWeek % 24;
    double base = day < 5 && hour >= 8 && hour < 18 ? 5 : 1;
    return base + (celsius > 20 ? 2 : 0);
  }

  /**
   * Whole degrees from 0 to 35 °C in a pseudo-random but fixed order (each its own histogram bin).
   */
  static double celsiusAt(int i) {
    return Math.floorMod(i * 7919L + (i / 24) * 31L, 36);
  }

  /** Weeks of hours from a Monday (UTC); kWh follows {@link #load}. */
  static LoadData weeks(int weeks, int offsetHours) {
    return HourlyModelTest.weeks(
        weeks, offsetHours, j -> celsiusAt(j * 3 + 1), j -> load(j % 168, celsiusAt(j * 3 + 1)));
  }

  /**
   * The known relation is reproduced within 0.01 kWh (learning rate 0.1 over 200 rounds leaves
   * about 0.9^200 of each step unfitted, far below it; the kWh are float32 in XGBoost) on weeks
   * after the training and with temperatures in other hours.
   */
  @Test
  void aKnownRelationOfHourAndTemperatureIsReproduced() {
    BoostedTreesModel m = BoostedTreesModel.fit(weeks(8, 0));
    Predictions later = m.predict(weeks(2, 8 * 168));
    assertThat(later.size()).isEqualTo(2 * 168);
    for (int i = 0; i < later.size(); i++) {
      assertThat(later.predicted()[i]).isCloseTo(later.actual()[i], within(0.01));
    }
    assertThat(Accuracy.of(m.fitted(), 0).mae()).isLessThan(0.01);
  }

  /** One thread, fixed seed, no sampling: two fits give the same forecasts to the last bit. */
  @Test
  void twoFitsGiveIdenticalForecasts() {
    LoadData train = noisy(6);
    LoadData next = weeks(1, 6 * 168);
    double[] a = BoostedTreesModel.fit(train).predict(next).predicted();
    double[] b = BoostedTreesModel.fit(train).predict(next).predicted();
    assertThat(b).containsExactly(a);
  }

  /** The predicted period's readings are no feature: other readings, the same forecast. */
  @Test
  void theForecastDoesNotSeeThePredictedPeriodsReadings() {
    BoostedTreesModel m = BoostedTreesModel.fit(noisy(6));
    LoadData next = weeks(1, 6 * 168);
    double[] other = new double[next.size()];
    Arrays.fill(other, 1000);
    assertThat(m.predict(next.withKwh(other)).predicted())
        .containsExactly(m.predict(next).predicted());
  }

  /** Found by name through the backtest, beside the CalTRACK models, on a rolling origin too. */
  @Test
  void theBacktestListsAndFitsIt() {
    assertThat(Backtest.models()).containsExactly("hourly", "daily", "gbt");
    assertThat(Backtest.fit("gbt", weeks(4, 0)).name()).isEqualTo("gbt");
    LoadData all = weeks(10, 0);
    HourlySeries kwh = new HourlySeries(all.hourStarts(), all.kwh());
    HourlySeries temp = new HourlySeries(all.hourStarts(), all.temperatureC());
    long start = MONDAY + 8 * 168 * 3600L;
    Backtest.Result r =
        Backtest.rolling(
            "gbt",
            kwh,
            temp,
            ZoneOffset.UTC,
            8 * 168 * 3600L,
            start,
            start + 7 * 86_400L,
            java.time.Period.ofDays(1));
    assertThat(r.folds()).isEqualTo(7);
    assertThat(r.accuracy().n()).isEqualTo(168);
    assertThat(r.accuracy().mae()).isLessThan(0.01);
  }

  @Test
  void fewerThanAWeekOfReadingsIsRefused() {
    LoadData short_ = weeks(1, 0);
    double[] kwh = short_.kwh();
    kwh[3] = Double.NaN;
    assertThatThrownBy(() -> BoostedTreesModel.fit(short_.withKwh(kwh)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("the training period has 167 metered hours; at least a week (168) is needed");
  }

  @Test
  void anAbsurdReadingIsRefusedNamingItsHour() {
    LoadData d = weeks(2, 0);
    double[] kwh = d.kwh();
    kwh[5] = 1e300;
    assertThatThrownBy(() -> BoostedTreesModel.fit(d.withKwh(kwh)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("2023-01-02T05:00:00Z")
        .hasMessageContaining("at most 10^7 kWh");
  }

  @Test
  void aTemperatureThatIsNotANumberIsRefusedNamingItsHour() {
    LoadData d = weeks(2, 0);
    double[] t = d.temperatureC();
    t[30] = Double.NaN;
    LoadData bad = LoadData.of(d.hourStarts(), d.kwh(), t, ZoneOffset.UTC);
    assertThatThrownBy(() -> BoostedTreesModel.fit(bad))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("2023-01-03T06:00:00Z")
        .hasMessageContaining("temperature");
  }

  /** The relation with a disturbance that no feature explains. */
  private static LoadData noisy(int weeks) {
    LoadData d = weeks(weeks, 0);
    double[] kwh = d.kwh();
    for (int i = 0; i < kwh.length; i++) {
      kwh[i] += 0.5 * Math.sin(i * 1.7);
    }
    return d.withKwh(kwh);
  }
}

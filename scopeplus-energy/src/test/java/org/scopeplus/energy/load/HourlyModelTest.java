package org.scopeplus.energy.load;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The CalTRACK hourly model on constructed weeks; {@link #weeks} serves scopeplus-energy-gbt too.
 */
public class HourlyModelTest {

  /** 2023-01-02T00:00Z, a Monday. */
  public static final long MONDAY = 1_672_617_600L;

  /** Office-like profile: 5 kWh in working hours (Mon-Fri 8-18), 1 kWh otherwise. */
  static double profile(int hourOfWeek) {
    int day = hourOfWeek / 24;
    int hour = hourOfWeek % 24;
    return day < 5 && hour >= 8 && hour < 18 ? 5 : 1;
  }

  static double fahrenheitAt(int i) {
    return 40 + 35 * (0.5 + 0.5 * Math.sin(i * 0.0131)) + 5 * Math.sin(i * 0.2618);
  }

  /** Weeks of hours from a Monday, kWh = profile + slope × T(°F) + a disturbance. */
  static LoadData weeks(int weeks, double slope, double noise, int offsetHours) {
    return weeks(
        weeks,
        offsetHours,
        j -> Temperatures.celsius(fahrenheitAt(j)),
        j -> profile(j % 168) + slope * fahrenheitAt(j) + noise * Math.sin(j * 1.7));
  }

  /**
   * Weeks of hours from {@link #MONDAY} (UTC), hour j counted from that Monday plus {@code
   * offsetHours}: its temperature (°C) and kWh the functions' values at j.
   */
  public static LoadData weeks(
      int weeks,
      int offsetHours,
      java.util.function.IntToDoubleFunction celsius,
      java.util.function.IntToDoubleFunction kwhAt) {
    int n = weeks * 168;
    long[] h = new long[n];
    double[] kwh = new double[n];
    double[] t = new double[n];
    for (int i = 0; i < n; i++) {
      int j = i + offsetHours;
      h[i] = MONDAY + j * 3600L;
      t[i] = celsius.applyAsDouble(j);
      kwh[i] = kwhAt.applyAsDouble(j);
    }
    return LoadData.of(h, kwh, t, ZoneOffset.UTC);
  }

  /**
   * A load that is a time-of-week profile plus a straight line in temperature lies in the model's
   * span (the bin features add up to T), so the fit reproduces it, in and out of the training
   * weeks.
   */
  @Test
  void anExactTimeOfWeekAndTemperatureLoadIsReproduced() {
    HourlyModel m = HourlyModel.fit(weeks(8, 0.03, 0, 0));
    Predictions later = m.predict(weeks(2, 0.03, 0, 8 * 168));
    for (int i = 0; i < later.size(); i++) {
      assertThat(later.predicted()[i]).isCloseTo(later.actual()[i], within(1e-9));
    }
    Accuracy in = Accuracy.of(m.fitted(), m.parameters());
    assertThat(in.mae()).isLessThan(1e-9);
  }

  /**
   * The hour-of-week coefficients eliminated by centring (Frisch-Waugh-Lovell) give the same fitted
   * values as the full regression with 168 indicator columns solved by QR.
   */
  @Test
  void centringGivesTheFullRegressionsFit() {
    LoadData d = weeks(6, 0.05, 0.7, 0);
    HourlyModel m = HourlyModel.fit(d);
    HourlyModel.Segment s = m.segment(1);
    int ko = s.occupiedSlopes().length;
    int ku = s.unoccupiedSlopes().length;
    double[][] x = new double[d.size()][168 + ko + ku];
    for (int i = 0; i < d.size(); i++) {
      int how = d.hourOfWeek[i];
      double f = Temperatures.fahrenheit(d.temperatureC[i]);
      x[i][how] = 1;
      for (int b = 0; b < (s.occupied()[how] ? ko : ku); b++) {
        x[i][168 + (s.occupied()[how] ? 0 : ko) + b] =
            HourlyModel.binFeature(s.occupied()[how] ? s.occupiedBins() : s.unoccupiedBins(), b, f);
      }
    }
    LeastSquares.Fit full = LeastSquares.fit(x, d.kwh(), null);
    Predictions fitted = m.fitted();
    for (int i = 0; i < d.size(); i++) {
      assertThat(fitted.predicted()[i]).isCloseTo(full.predict(x[i]), within(1e-8));
    }
  }

  @Test
  void workingHoursAreOccupied() {
    HourlyModel m = HourlyModel.fit(weeks(8, 0.0, 0.3, 0));
    boolean[] occupied = m.segment(1).occupied();
    assertThat(occupied[10]).isTrue(); // Monday 10:00
    assertThat(occupied[24 * 2 + 15]).isTrue(); // Wednesday 15:00
    assertThat(occupied[3]).isFalse(); // Monday 03:00
    assertThat(occupied[24 * 6 + 12]).isFalse(); // Sunday noon
  }

  /** CalTRACK's three-month weighting, December wrapping to January. */
  @Test
  void threeMonthWeights() {
    assertThat(HourlyModel.weight(1, 1)).isEqualTo(1);
    assertThat(HourlyModel.weight(1, 12)).isEqualTo(0.5);
    assertThat(HourlyModel.weight(1, 2)).isEqualTo(0.5);
    assertThat(HourlyModel.weight(1, 3)).isZero();
    assertThat(HourlyModel.weight(12, 1)).isEqualTo(0.5);
  }

  /**
   * Bin search by hand: 100 temperatures 50.0, 50.1, ... 59.9 °F. Bins (30], (45], (55], ...: 51
   * fall in (45, 55] and 49 in (55, 65]. Outer empty bins lose 30 and 90, then 45 and 75, then 65;
   * (-∞, 55] with 51 and (55, ∞) with 49 both hold 20 or more: the endpoints are [55].
   */
  @Test
  void binEndpointsByHand() {
    List<Double> t = new ArrayList<>();
    for (int i = 0; i < 100; i++) {
      t.add(50 + i * 0.1);
    }
    assertThat(HourlyModel.fitBins(t)).containsExactly(55.0);
  }

  @Test
  void binFeaturesAddUpToTheTemperature() {
    double[] e = {45, 55, 65};
    for (double f : new double[] {20, 50, 60, 80}) {
      double s = 0;
      for (int k = 0; k <= e.length; k++) {
        s += HourlyModel.binFeature(e, k, f);
      }
      assertThat(s).isCloseTo(f, within(1e-12));
    }
    assertThat(HourlyModel.binFeature(e, 1, 50)).isEqualTo(5);
    assertThat(HourlyModel.binFeature(e, 3, 80)).isEqualTo(15);
  }

  /** The hour of the week is local: 09:00 in London is hour 9 in winter (UTC) and summer (BST). */
  @Test
  void hourOfWeekFollowsTheLocalClockAcrossSummerTime() {
    ZoneId london = ZoneId.of("Europe/London");
    long winter = java.time.ZonedDateTime.of(2023, 1, 2, 9, 0, 0, 0, london).toEpochSecond();
    long summer = java.time.ZonedDateTime.of(2023, 7, 3, 9, 0, 0, 0, london).toEpochSecond();
    LoadData d =
        LoadData.of(new long[] {winter, summer}, new double[] {1, 1}, new double[] {5, 20}, london);
    assertThat(d.hourOfWeek[0]).isEqualTo(9);
    assertThat(d.hourOfWeek[1]).isEqualTo(9);
    assertThat(d.month[1]).isEqualTo(7);
  }
}

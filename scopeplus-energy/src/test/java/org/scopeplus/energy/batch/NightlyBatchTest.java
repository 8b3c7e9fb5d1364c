package org.scopeplus.energy.batch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import org.junit.jupiter.api.Test;
import org.scopeplus.energy.load.LoadData;
import org.scopeplus.energy.load.Predictions;
import org.scopeplus.energy.load.Temperatures;
import org.scopeplus.energy.suggest.Suggestion;
import org.scopeplus.energy.suggest.Suggestions;
import org.scopeplus.energy.suggest.Tariff;

class NightlyBatchTest {

  static final long MONDAY = 1_672_617_600L; // 2023-01-02T00:00Z

  /** Days cycling 20-99 °F; kWh a day = base + 3 per CDD above 65 °F (±0.5 alternating). */
  static LoadData days(int from, int count, double base, boolean metered) {
    long[] h = new long[count * 24];
    double[] kwh = new double[h.length];
    double[] t = new double[h.length];
    for (int d = 0; d < count; d++) {
      int day = from + d;
      double f = 20 + (day * 37) % 80;
      double y = base + 3 * Math.max(f - 65, 0) + (day % 2 == 0 ? 0.5 : -0.5);
      for (int k = 0; k < 24; k++) {
        int i = d * 24 + k;
        h[i] = MONDAY + (day * 24L + k) * 3600L;
        t[i] = Temperatures.celsius(f);
        kwh[i] = metered ? y / 24 : Double.NaN;
      }
    }
    return LoadData.of(h, kwh, t, ZoneOffset.UTC);
  }

  static Tariff flat() {
    String[] p = new String[24];
    double[] price = new double[24];
    Arrays.fill(p, "flat");
    Arrays.fill(price, 0.6);
    return Tariff.everyDay("CNY", p, price, 0, 0);
  }

  @Test
  void everyMeterIsFittedForecastAndSuggestedOneAtATime() {
    // meter k has a base load of 100 + 10k kWh a day: the forecast of a day at 75 °F is
    // 100 + 10k + 3 x 10 = 130 + 10k kWh. The day-ahead day (day 160) is at 20 °F, below every
    // balance point: its 24 hours add up to the base load 100 + 10k (within the ±0.5 a day of the
    // history's alternation). Meter 3 has 5 days only: the daily fit refuses it (at
    // least 10 days), the batch goes on.
    int meters = 4;
    Iterator<NightlyBatch.Meter> it =
        new Iterator<>() {
          int k = 0;

          @Override
          public boolean hasNext() {
            return k < meters;
          }

          @Override
          public NightlyBatch.Meter next() {
            if (k >= meters) {
              throw new NoSuchElementException();
            }
            int i = k++;
            int n = i == 3 ? 5 : 160;
            LoadData history = days(0, n, 100 + 10 * i, true);
            return new NightlyBatch.Meter(
                "m" + i,
                new Suggestions.Site(history, flat(), 0.5366, null, null, false),
                days(n, 1, 0, false),
                days(n, 31, 0, false));
          }
        };
    List<NightlyBatch.Result> out = new ArrayList<>();
    long ok = NightlyBatch.run(it, Suggestions.Options.defaults(), out::add);
    assertThat(ok).isEqualTo(3);
    assertThat(out).extracting(NightlyBatch.Result::id).containsExactly("m0", "m1", "m2", "m3");
    for (int i = 0; i < 3; i++) {
      NightlyBatch.Result r = out.get(i);
      assertThat(r.refused()).isNull();
      assertThat(r.model().predictDay(75)).isCloseTo(130 + 10 * i, within(0.3));
      assertThat(r.monthAhead().size()).isEqualTo(31);
      assertThat(r.monthAhead().granularity()).isEqualTo(Predictions.Granularity.DAY);
      assertThat(r.dayAhead().size()).isEqualTo(24);
      assertThat(Arrays.stream(r.dayAhead().predicted()).sum())
          .isCloseTo(100 + 10 * i, within(0.6));
      assertThat(r.suggestions())
          .extracting(Suggestion::rule)
          .contains(Suggestion.Rule.COOLING_SETPOINT);
    }
    assertThat(out.get(3).refused()).contains("5 complete metered days; at least 10");
    assertThat(out.get(3).dayAhead()).isNull();
  }

  @Test
  void timesEachMetersStagesByTheGivenClock() {
    // A clock reading k² at its k-th call (from 0): per meter the batch reads it before the fit,
    // after the forecasts and after the suggestions, so meter 0 gets 1 - 0 and 4 - 1, meter 1
    // 16 - 9 and 25 - 16; meter 2 is refused (5 days): its fit took 49 - 36 and no suggestions.
    Iterator<NightlyBatch.Meter> it =
        List.of(
                meter("a", 100, 30),
                meter("b", 120, 30),
                new NightlyBatch.Meter(
                    "c",
                    new Suggestions.Site(days(0, 5, 100, true), flat(), 0.5366, null, null, false),
                    null,
                    null))
            .iterator();
    long[] calls = {0};
    List<NightlyBatch.Result> out = new ArrayList<>();
    NightlyBatch.run(
        it,
        Suggestions.Options.defaults(),
        out::add,
        () -> {
          long k = calls[0]++;
          return k * k;
        });
    assertThat(out)
        .extracting(NightlyBatch.Result::timing)
        .containsExactly(
            new NightlyBatch.Timing(1, 3),
            new NightlyBatch.Timing(7, 9),
            new NightlyBatch.Timing(13, 0));
    assertThat(out.get(0).monthAhead()).isNull();
    assertThat(out.get(2).refused()).contains("at least 10");
  }

  private static NightlyBatch.Meter meter(String id, double base, int days) {
    return new NightlyBatch.Meter(
        id,
        new Suggestions.Site(days(0, days, base, true), flat(), 0.5366, null, null, false),
        null,
        null);
  }
}

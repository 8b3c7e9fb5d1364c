package org.scopeplus.energy.suggest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.function.IntToDoubleFunction;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.scopeplus.energy.load.LoadData;
import org.scopeplus.energy.load.Temperatures;

/**
 * Every rule on a constructed series whose answer is worked out by hand in the test. The series
 * start on Monday 2023-01-02 00:00 UTC; the site's zone is UTC.
 */
class SuggestionsTest {

  static final long MONDAY = 1_672_617_600L; // 2023-01-02T00:00Z

  static final java.time.LocalDateTime MONDAY_LOCAL = java.time.LocalDateTime.of(2023, 1, 2, 0, 0);

  /** Peak 10-12 at 1.0, valley 0-8 at 0.3, flat otherwise at 0.6, 40 a kW-month. */
  static Tariff tariff(double demandCharge) {
    String[] period = new String[24];
    double[] price = new double[24];
    for (int h = 0; h < 24; h++) {
      period[h] = h < 8 ? "valley" : h >= 10 && h < 12 ? "peak" : "flat";
      price[h] = h < 8 ? 0.3 : h >= 10 && h < 12 ? 1.0 : 0.6;
    }
    return Tariff.everyDay("CNY", period, price, demandCharge, 0);
  }

  static LoadData hours(int count, IntToDoubleFunction kwh, IntToDoubleFunction tempC) {
    long[] s = new long[count];
    double[] k = new double[count];
    double[] t = new double[count];
    for (int i = 0; i < count; i++) {
      s[i] = MONDAY + i * 3600L;
      k[i] = kwh.applyAsDouble(i);
      t[i] = tempC.applyAsDouble(i);
    }
    return LoadData.of(s, k, t, ZoneOffset.UTC);
  }

  static Suggestions.Site site(LoadData d, Tariff t) {
    return new Suggestions.Site(d, t, 0.5366, null, null, false);
  }

  static Suggestion find(List<Suggestion> all, Suggestion.Rule rule) {
    return all.stream().filter(s -> s.rule() == rule).findFirst().orElseThrow();
  }

  @Test
  void baseloadAtNightAndWeekendsAgainstTheSitesOwnDaytime() {
    // 4 weeks: weekdays 09-17 draw 10 kW, every other hour 8 kW. Daytime mean 10, target 50 % = 5;
    // off-hours (weekday 22-06: 8 h x 5 days, weekends 48 h) = 88 h a week, each 3 kWh above 5.
    // 264 kWh a week -> 264 x 365 / 7 = 13,765.71 kWh a year. Cost: per week, weekday nights
    // 22-24 at 0.6 (2 h) and 0-6 at 0.3 (6 h): 5 x (2 x 0.6 + 6 x 0.3) x 3 = 45; weekends per
    // day 8 h at 0.3, 2 h at 1.0, 14 h at 0.6: 2 x (2.4 + 2 + 8.4) x 3 = 76.8; 121.8 a week ->
    // 121.8 x 365 / 7 = 6,351.0 a year.
    LoadData d =
        hours(
            28 * 24,
            i -> {
              int dow = i / 24 % 7;
              int h = i % 24;
              return dow < 5 && h >= 9 && h < 17 ? 10 : 8;
            },
            i -> 18);
    Suggestions.Hours h = new Suggestions.Hours(d);
    Suggestion s = Suggestions.baseload(h, site(d, tariff(0)), Suggestions.Options.defaults());
    assertThat(s.kwhPerYear()).isCloseTo(264 * 365 / 7.0, within(1e-6));
    assertThat(s.costPerYear()).isCloseTo(121.8 * 365 / 7.0, within(1e-6));
    assertThat(s.co2KgPerYear()).isCloseTo(264 * 365 / 7.0 * 0.5366, within(1e-6));
    assertThat(s.text(Locale.ENGLISH)).contains("8.0 kW").contains("80%").contains("10.0 kW");
    assertThat(s.text(Locale.SIMPLIFIED_CHINESE)).contains("非工作时段").contains("8.0 kW");
  }

  @Test
  void noBaseloadSuggestionWhenNightsAreLow() {
    LoadData d =
        hours(28 * 24, i -> i / 24 % 7 < 5 && i % 24 >= 9 && i % 24 < 17 ? 10 : 4, i -> 18);
    assertThat(
            Suggestions.baseload(
                new Suggestions.Hours(d), site(d, tariff(0)), Suggestions.Options.defaults()))
        .isNull();
  }

  /**
   * 15-minute data, 28 days of January 2023 at 5 kW (1.25 kWh a quarter-hour), with 40
   * quarter-hours at 20 kW (5 kWh each) in 40 different hours and a 41st at 12 kW. The top 10 hours
   * are 40 quarter-hours; clipped to the 41st (12 kW) the maximum demand falls 20 - 12 = 8 kW: 8 kW
   * x 40 a kW-month x 12 = 3,840 a year, energy moved 40 x (20 - 12) kW x 0.25 h = 80 kWh a month,
   * 960 a year. The hourly means hide it: a spike's hour is (20 + 3 x 5) / 4 = 8.75 kW, and with 40
   * such hours the 11th is as high as the first, so the hourly rule finds nothing to clip.
   */
  @Test
  void peakShavingUsesTheFifteenMinuteMaximumDemand() {
    int quarters = 28 * 24 * 4;
    long[] start = new long[quarters];
    double[] kwh = new double[quarters];
    for (int q = 0; q < quarters; q++) {
      start[q] = MONDAY + q * 900L;
      kwh[q] = 1.25;
    }
    for (int j = 0; j < 40; j++) {
      kwh[(10 + j * 15) * 4 + 1] = 5; // the second quarter of hour 10 + 15 j
    }
    kwh[(10 + 40 * 15) * 4 + 2] = 3; // 12 kW
    double[] hourly = new double[28 * 24];
    for (int q = 0; q < quarters; q++) {
      hourly[q / 4] += kwh[q];
    }
    LoadData d = hours(hourly.length, i -> hourly[i], i -> 18);
    Suggestions.Site withDemand =
        new Suggestions.Site(
            d,
            tariff(40),
            0.5366,
            null,
            null,
            false,
            Suggestions.IntervalDemand.ofKwh(start, kwh, 15));
    Suggestion s =
        Suggestions.peakShaving(
            new Suggestions.Hours(d), withDemand, Suggestions.Options.defaults());
    assertThat(s.costPerYear()).isCloseTo(8 * 40 * 12, within(1e-9));
    assertThat((double) s.arguments()[1]).isCloseTo(8, within(1e-9));
    assertThat((double) s.arguments()[2]).isCloseTo(960, within(1e-9));
    assertThat(s.evidence())
        .singleElement()
        .asString()
        .contains("peak 20.0 kW")
        .contains("15-minute demand")
        .contains("clipped to 12.0 kW");
    assertThat(
            Suggestions.peakShaving(
                new Suggestions.Hours(d), site(d, tariff(40)), Suggestions.Options.defaults()))
        .isNull();
  }

  @Test
  void peakShavingClipsTheTopHoursOfEachMonth() {
    // 28 days in January 2023 at 5 kW, with 10 hours at 20, 19, ..., 11 kW and the next at 9 kW.
    // Clipping the top 10 to the 11th (9 kW) lowers the maximum demand by 20 - 9 = 11 kW:
    // 11 kW x 40 a kW-month x 12 = 5,280 a year; energy moved 11+10+...+2 = 65 kWh a month.
    double[] k = new double[28 * 24];
    Arrays.fill(k, 5);
    for (int j = 0; j < 10; j++) {
      k[50 + j * 30] = 20 - j;
    }
    k[400] = 9;
    LoadData d = hours(k.length, i -> k[i], i -> 18);
    Suggestion s =
        Suggestions.peakShaving(
            new Suggestions.Hours(d), site(d, tariff(40)), Suggestions.Options.defaults());
    assertThat(s.costPerYear()).isCloseTo(11 * 40 * 12, within(1e-9));
    assertThat(s.kwhPerYear()).isZero();
    assertThat((double) s.arguments()[2]).isCloseTo(65 * 12, within(1e-9));
    assertThat(s.evidence()).singleElement().asString().contains("2023-01").contains("20.0 kW");
  }

  @Test
  void loadShiftingMovesAShareOfThePeakPeriod() {
    // 2 kW every hour for 28 days: peak period 10-12 holds 2 h x 2 kW x 28 = 112 kWh; 10 % moved
    // from 1.0 to 0.3 saves 11.2 x 0.7 = 7.84 over 28 days -> 7.84 x 365 / 28 = 102.2 a year.
    LoadData d = hours(28 * 24, i -> 2, i -> 18);
    Suggestion s =
        Suggestions.loadShifting(
            new Suggestions.Hours(d), site(d, tariff(0)), Suggestions.Options.defaults());
    assertThat(s.costPerYear()).isCloseTo(7.84 * 365 / 28, within(1e-9));
    assertThat((double) s.arguments()[0]).isCloseTo(112 * 365 / 28.0, within(1e-9));
    assertThat(s.arguments()[1]).isEqualTo("peak");
    assertThat(s.arguments()[4]).isEqualTo("valley");
  }

  @Test
  void pvIsSizedForItsSelfConsumedShare() {
    // Load 2 kW every hour; 1 kWp gives 0.5 kW in hours 10-15 (6 h a day). Up to 4 kWp all is
    // used on site; above it the share is 2 / (0.5 k) = 0.9 at k = 4.44, so 4.4 kWp (0.1 steps).
    // At 4.4 kWp: 2.2 kW generated, 2 used, 0.2 exported in 6 h a day: per year 6 x 365 x 2.2 =
    // 4,818 kWh generated, 4,380 self-consumed; avoided cost per day 2 x (2 h x 0.6 + 2 h x 1.0
    // + 2 h x 0.6) = 8.8 -> 3,212 a year.
    LoadData d = hours(28 * 24, i -> 2, i -> 18);
    Suggestions.Hours h = new Suggestions.Hours(d);
    double[] perKwp = new double[h.n];
    for (int i = 0; i < h.n; i++) {
      perKwp[i] = i % 24 >= 10 && i % 24 < 16 ? 0.5 : 0;
    }
    Tariff t = tariff(0);
    assertThat(Suggestions.size(h, t, perKwp, 0.9)).isEqualTo(4.4);
    Suggestion s =
        Suggestions.pvSuggestion(
            h, site(d, t), Suggestions.Options.defaults(), perKwp, Suggestions.defaultSystem(30));
    assertThat(s.kwhPerYear()).isCloseTo(4380, within(1e-6));
    assertThat((double) s.arguments()[3]).isCloseTo(4818, within(1e-6));
    assertThat((double) s.arguments()[6]).isCloseTo(438, within(1e-6));
    assertThat(s.costPerYear()).isCloseTo(3212, within(1e-6));
    assertThat(s.co2KgPerYear()).isCloseTo(4380 * 0.5366, within(1e-6));
  }

  /** Days cycling 20-99 °F as in DailyModelTest, kWh spread evenly over the hours. */
  static LoadData days(int count, java.util.function.DoubleUnaryOperator kwhOfF, double noise) {
    return hours(
        count * 24,
        i -> {
          int d = i / 24;
          double f = 20 + (d * 37) % 80;
          return (kwhOfF.applyAsDouble(f) + (d % 2 == 0 ? noise : -noise)) / 24;
        },
        i -> Temperatures.celsius(20 + (i / 24 * 37) % 80));
  }

  @Test
  void aOneDegreeCoolingSetpointChange() {
    // 160 days, 100 kWh + 3 kWh per CDD above 65 °F (the DailyModelTest series). Raising the
    // setpoint by 1.8 °F saves 3 x 1.8 = 5.4 kWh on each day at or above 66.8 °F, and
    // 3 x (T - 65) on days between. The temperatures 20..99 each appear twice in 160 days: days
    // at 66 °F save 3 x 1 = 3, days at 67..99 (33 values) save 5.4: per 80 days
    // 3 + 33 x 5.4 = 181.2, so 362.4 kWh in 160 days -> 362.4 x 365 / 160 = 826.7 kWh a year.
    LoadData d = days(160, f -> 100 + 3 * Math.max(f - 65, 0), 0.5);
    Suggestions.Site s = site(d, tariff(0));
    List<Suggestion> all = Suggestions.of(s, Suggestions.Options.defaults());
    Suggestion c = find(all, Suggestion.Rule.COOLING_SETPOINT);
    assertThat(c.kwhPerYear()).isCloseTo(362.4 * 365 / 160, within(2.0));
    assertThat((double) c.arguments()[0]).isCloseTo(5.4, within(0.02)); // kWh per °C a day
    assertThat((double) c.arguments()[1]).isCloseTo(Temperatures.celsius(65), within(1e-9));
    assertThat(all.stream().map(Suggestion::rule)).doesNotContain(Suggestion.Rule.HEATING_SETPOINT);
  }

  @Test
  void loadShiftingTakesRestDayPricesOnWeekendsAndHolidays() {
    // The weekday tariff above; weekends and the holiday Wednesday 2023-01-04 are valley (0.3) all
    // day. 2 kW every hour for 28 days from Monday 2023-01-02: the peak price 1.0 holds on 20
    // weekdays less the holiday = 19 days x 2 h x 2 kW = 76 kWh; 10 % moved from 1.0 to 0.3 saves
    // 7.6 x 0.7 = 5.32 over 28 days -> 5.32 x 365 / 28 = 69.35 a year.
    Tariff weekday = tariff(0);
    String[] valley = new String[24];
    double[] low = new double[24];
    Arrays.fill(valley, "valley");
    Arrays.fill(low, 0.3);
    Tariff t =
        weekday
            .withRestDays(valley, low)
            .withHolidays(java.util.Set.of(java.time.LocalDate.of(2023, 1, 4)));
    LoadData d = hours(28 * 24, i -> 2, i -> 18);
    Suggestion s =
        Suggestions.loadShifting(
            new Suggestions.Hours(d), site(d, t), Suggestions.Options.defaults());
    assertThat(s.costPerYear()).isCloseTo(5.32 * 365 / 28, within(1e-9));
    assertThat((double) s.arguments()[0]).isCloseTo(76 * 365 / 28.0, within(1e-9));
    assertThat(s.evidence()).singleElement().asString().startsWith("38 metered hours in peak");
    assertThat(t.price(MONDAY_LOCAL.withHour(11))).isEqualTo(1.0);
    assertThat(t.price(MONDAY_LOCAL.plusDays(2).withHour(11))).isEqualTo(0.3);
    assertThat(t.price(MONDAY_LOCAL.plusDays(5).withHour(11))).isEqualTo(0.3);
  }

  @Test
  void aDailyModelFittedAlreadyGivesTheSameSuggestionsAsOneFittedHere() {
    LoadData d = hours(28 * 24, i -> i / 24 == 10 ? 400 / 24.0 : 100 / 24.0, i -> 18);
    List<Suggestion> fittedHere =
        Suggestions.of(site(d, tariff(0)), Suggestions.Options.defaults());
    List<Suggestion> given =
        Suggestions.of(
            site(d, tariff(0)),
            Suggestions.Options.defaults(),
            org.scopeplus.energy.load.DailyModel.fit(d));
    assertThat(given).hasSameSizeAs(fittedHere);
    for (int i = 0; i < given.size(); i++) {
      assertThat(given.get(i).rule()).isEqualTo(fittedHere.get(i).rule());
      assertThat(given.get(i).kwhPerYear()).isEqualTo(fittedHere.get(i).kwhPerYear());
    }
    assertThat(given).extracting(Suggestion::rule).contains(Suggestion.Rule.ANOMALIES);
  }

  @Test
  void anomalousDaysAgainstTheBaseline() {
    // 28 days at 100 kWh (4.1667 kWh an hour) and 18 °C, day 10 at 400 kWh. No degree-day
    // model qualifies (one temperature), so the fit is the mean 100 + 300/28. Residuals: -300/28
    // on 27 days, 300 - 300/28 on day 10; Σr² = 9e4 x 27/28, σ = √(Σr²/27) = 300/√28 = 56.69;
    // 3σ = 170.1 < 289.29: one anomaly, excess 289.29 kWh in 28 days -> x 365/28 = 3,771.0 a year
    // at the energy-weighted price (a flat load: (8 x 0.3 + 2 x 1.0 + 14 x 0.6) / 24 = 0.5333).
    LoadData d = hours(28 * 24, i -> i / 24 == 10 ? 400 / 24.0 : 100 / 24.0, i -> 18);
    List<Suggestion> all = Suggestions.of(site(d, tariff(0)), Suggestions.Options.defaults());
    Suggestion a = find(all, Suggestion.Rule.ANOMALIES);
    double excess = 300 - 300 / 28.0;
    assertThat(a.kwhPerYear()).isCloseTo(excess * 365 / 28, within(1e-6));
    assertThat((double) a.arguments()[2]).isCloseTo(3 * 300 / Math.sqrt(28), within(1e-6));
    assertThat(a.costPerYear()).isCloseTo(excess * 365 / 28 * (12.8 / 24), within(0.5));
    assertThat(a.evidence()).singleElement().asString().startsWith("2023-01-12");
  }

  @Test
  void rankedByCostSaved() {
    LoadData d =
        hours(28 * 24, i -> i / 24 % 7 < 5 && i % 24 >= 9 && i % 24 < 17 ? 10 : 8, i -> 18);
    List<Suggestion> all = Suggestions.of(site(d, tariff(40)), Suggestions.Options.defaults());
    assertThat(all).hasSizeGreaterThanOrEqualTo(2);
    for (int i = 1; i < all.size(); i++) {
      assertThat(all.get(i - 1).costPerYear()).isGreaterThanOrEqualTo(all.get(i).costPerYear());
    }
  }

  @Test
  void tooLittleDataIsRefused() {
    LoadData d = hours(24 * 5, i -> 1, i -> 18);
    assertThatThrownBy(() -> Suggestions.of(site(d, tariff(0)), Suggestions.Options.defaults()))
        .hasMessageContaining("at least 14 days");
  }

  @Test
  void tariffFileIsReadAndGapsAreRefused(@TempDir Path dir) throws IOException {
    Path f = dir.resolve("tariff.properties");
    Files.writeString(
        f,
        "period.valley.price=0.3\nperiod.valley.hours=23-7\nperiod.peak.price=1.1\n"
            + "period.peak.hours=10-12,18-21\nperiod.flat.price=0.7\n"
            + "period.flat.hours=7-10,12-18,21-23\ndemand_charge_per_kw_month=38\n");
    Tariff t = Tariff.read(f);
    assertThat(t.price(MONDAY_LOCAL.withHour(23))).isEqualTo(0.3);
    assertThat(t.price(MONDAY_LOCAL.withHour(6))).isEqualTo(0.3);
    assertThat(t.price(MONDAY_LOCAL.withHour(11))).isEqualTo(1.1);
    assertThat(t.price(MONDAY_LOCAL.withHour(20))).isEqualTo(1.1);
    assertThat(t.price(MONDAY_LOCAL.withHour(21))).isEqualTo(0.7);
    assertThat(t.demandChargePerKwMonth()).isEqualTo(38);
    assertThat(t.currency()).isEqualTo("CNY");
    Files.writeString(f, "period.all.price=0.5\nperiod.all.hours=0-23\n");
    assertThatThrownBy(() -> Tariff.read(f)).hasMessageContaining("hour 23");
    Files.writeString(f, "period.all.price=1e300\nperiod.all.hours=0-24\n");
    assertThatThrownBy(() -> Tariff.read(f)).hasMessageContaining("price");
    // weekday and weekend periods, and holidays priced as weekends
    Files.writeString(
        f,
        "period.peak.price=1.2\nperiod.peak.hours=8-20\nperiod.peak.days=weekday\n"
            + "period.valley.price=0.4\nperiod.valley.hours=20-8\nperiod.valley.days=weekday\n"
            + "period.rest.price=0.5\nperiod.rest.hours=0-24\nperiod.rest.days=weekend\n"
            + "holidays=2023-01-04, 2023-10-02\n");
    Tariff w = Tariff.read(f);
    assertThat(w.price(MONDAY_LOCAL.withHour(9))).isEqualTo(1.2);
    assertThat(w.price(MONDAY_LOCAL.withHour(21))).isEqualTo(0.4);
    assertThat(w.price(MONDAY_LOCAL.plusDays(1).withHour(9))).isEqualTo(1.2);
    assertThat(w.price(MONDAY_LOCAL.plusDays(2).withHour(9))).isEqualTo(0.5); // holiday
    assertThat(w.price(MONDAY_LOCAL.plusDays(6).withHour(9))).isEqualTo(0.5); // Sunday
    assertThat(w.highestPrice()).isEqualTo(1.2);
    assertThat(w.lowestPrice()).isEqualTo(0.4);
    Files.writeString(
        f, "period.peak.price=1.2\nperiod.peak.hours=0-24\nperiod.peak.days=weekday\n");
    assertThatThrownBy(() -> Tariff.read(f)).hasMessageContaining("of a rest day belongs to no");
    Files.writeString(f, "period.a.price=1\nperiod.a.hours=0-24\nperiod.a.days=sundays\n");
    assertThatThrownBy(() -> Tariff.read(f)).hasMessageContaining("all, weekday or weekend");
    Files.writeString(f, "period.a.price=1\nperiod.a.hours=0-24\nholidays=4 Jan\n");
    assertThatThrownBy(() -> Tariff.read(f)).hasMessageContaining("not a date");
    // make-up working days (国办发明电〔2023〕7号: Sunday 2024-02-04 worked) take the weekday prices
    String split =
        "period.peak.price=1.2\nperiod.peak.hours=8-20\nperiod.peak.days=weekday\n"
            + "period.valley.price=0.4\nperiod.valley.hours=20-8\nperiod.valley.days=weekday\n"
            + "period.rest.price=0.5\nperiod.rest.hours=0-24\nperiod.rest.days=weekend\n";
    Files.writeString(f, split + "holidays=2024-02-12\nworkdays=2024-02-04\n");
    Tariff m = Tariff.read(f);
    java.time.LocalDateTime sunday = java.time.LocalDateTime.of(2024, 2, 4, 9, 0);
    assertThat(m.price(sunday)).isEqualTo(1.2);
    assertThat(m.price(sunday.withHour(21))).isEqualTo(0.4);
    assertThat(m.price(sunday.minusDays(1))).as("Saturday 2024-02-03").isEqualTo(0.5);
    assertThat(m.price(sunday.plusDays(8))).as("holiday Monday 2024-02-12").isEqualTo(0.5);
    Files.writeString(f, split + "holidays=2024-02-04\nworkdays=2024-02-04\n");
    assertThatThrownBy(() -> Tariff.read(f)).hasMessageContaining("both as a holiday and");
    Files.writeString(f, split + "workdays=2024-02-05\n");
    assertThatThrownBy(() -> Tariff.read(f)).hasMessageContaining("not a Saturday or Sunday");
    Files.writeString(f, split + "workdays=0000-01-02\n");
    assertThatThrownBy(() -> Tariff.read(f)).hasMessageContaining("1990 to 2100");
    StringBuilder many = new StringBuilder(split + "workdays=");
    for (int i = 0; i <= 1000; i++) {
      many.append(java.time.LocalDate.of(2000, 1, 1).plusWeeks(i)).append(',');
    }
    Files.writeString(f, many + "\n");
    assertThatThrownBy(() -> Tariff.read(f))
        .hasMessageContaining("workdays: give at most 1000 dates");
    Files.writeString(
        f, "period.a.price=1\nperiod.a.hours=0-24\nperiod.b.price=1\nperiod.b.hours=3-4\n");
    assertThatThrownBy(() -> Tariff.read(f))
        .hasMessageContaining("hour 3 of a working day is in both");
  }
}

package org.scopeplus.server.energy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.scopeplus.core.energy.Tariff;
import org.scopeplus.energy.load.LoadData;
import org.scopeplus.energy.suggest.Suggestion;
import org.scopeplus.energy.suggest.Suggestions;

/**
 * A service tariff's holiday calendar reaches the suggestion rules and the savings' cost: the
 * holidays take the weekend periods, as Saturdays and Sundays do.
 */
class ServiceTariffHolidaysTest {

  static final long MONDAY = 1_672_617_600L; // 2023-01-02T00:00Z

  /**
   * Working days: valley 00:00-08:00 at 0.3, flat 08:00-10:00 and 12:00-24:00 at 0.6, peak
   * 10:00-12:00 at 1.0; weekends (and holidays) valley all day at 0.3. Holiday: Wednesday
   * 2023-01-04.
   */
  static Tariff tariff() {
    return Tariff.of(
            "t",
            "s",
            "TOU",
            "CNY",
            0,
            List.of(
                new Tariff.TouPeriod("valley", "weekday", 0, 8 * 60, 0.3),
                new Tariff.TouPeriod("flat", "weekday", 8 * 60, 10 * 60, 0.6),
                new Tariff.TouPeriod("peak", "weekday", 10 * 60, 12 * 60, 1.0),
                new Tariff.TouPeriod("flat", "weekday", 12 * 60, 1440, 0.6),
                new Tariff.TouPeriod("valley", "weekend", 0, 1440, 0.3)))
        .withHolidays(List.of(LocalDate.of(2023, 1, 4)));
  }

  @Test
  void loadShiftingInTheServiceTakesRestDayPricesOnWeekendsAndHolidays() {
    // As SuggestionsTest.loadShiftingTakesRestDayPricesOnWeekendsAndHolidays, by hand: 2 kW every
    // hour for 28 days from Monday 2023-01-02; the peak price 1.0 holds on 20 weekdays less the
    // holiday = 19 days x 2 h x 2 kW = 76 kWh; 10 % moved from 1.0 to 0.3 saves 7.6 x 0.7 = 5.32
    // over 28 days -> 5.32 x 365 / 28 = 69.35 a year.
    Tariff t = tariff();
    assertThat(t.refusal()).isEmpty();
    List<String> notes = new ArrayList<>();
    org.scopeplus.energy.suggest.Tariff hours = MeterAnalysis.hourTariff(t, notes);
    assertThat(notes).isEmpty();
    assertThat(hours.holidays()).containsExactly(LocalDate.of(2023, 1, 4));
    int n = 28 * 24;
    long[] s = new long[n];
    double[] k = new double[n];
    double[] c = new double[n];
    for (int i = 0; i < n; i++) {
      s[i] = MONDAY + i * 3600L;
      k[i] = 2;
      c[i] = 18;
    }
    LoadData d = LoadData.of(s, k, c, ZoneOffset.UTC);
    Suggestion shift =
        Suggestions.of(
                new Suggestions.Site(d, hours, 0.5366, null, null, false),
                Suggestions.Options.defaults())
            .stream()
            .filter(g -> g.rule() == Suggestion.Rule.LOAD_SHIFTING)
            .findFirst()
            .orElseThrow();
    assertThat(shift.costPerYear()).isCloseTo(5.32 * 365 / 28, within(1e-9));
    assertThat((double) shift.arguments()[0]).isCloseTo(76 * 365 / 28.0, within(1e-9));
  }

  @Test
  void aHolidayIsPricedAsAWeekendInTheSavingsCost() {
    Tariff t = tariff();
    // 2023-01-04 10:00 UTC: a Wednesday holiday, valley 0.3; 2023-01-05 10:00 a Thursday, peak 1.0
    long holiday = MONDAY + (2 * 24 + 10) * 3600L;
    assertThat(MeterAnalysis.price(t, holiday, ZoneOffset.UTC)).isEqualTo(0.3);
    assertThat(MeterAnalysis.price(t, holiday + 24 * 3600L, ZoneOffset.UTC)).isEqualTo(1.0);
    // in Shanghai (UTC+8) 2023-01-04 02:00Z is 10:00 local on the holiday
    assertThat(
            MeterAnalysis.price(
                t, MONDAY + (2 * 24 + 2) * 3600L, java.time.ZoneId.of("Asia/Shanghai")))
        .isEqualTo(0.3);
  }

  @Test
  void aMakeUpWorkingDayIsPricedAsAWeekdayInTheServiceAndTheSuggestionRules() {
    // Sunday 2024-02-04 worked (国办发明电〔2023〕7号): 10:00 local takes the weekday peak 1.0, the
    // Saturday before it the weekend valley 0.3.
    Tariff t =
        tariff()
            .withHolidays(List.of(LocalDate.of(2024, 2, 12)))
            .withWorkdays(List.of(LocalDate.of(2024, 2, 4)));
    assertThat(t.refusal()).isEmpty();
    long sunday10 = LocalDate.of(2024, 2, 4).atTime(10, 0).toEpochSecond(ZoneOffset.UTC);
    assertThat(MeterAnalysis.price(t, sunday10, ZoneOffset.UTC)).isEqualTo(1.0);
    assertThat(MeterAnalysis.price(t, sunday10 - 86_400, ZoneOffset.UTC)).isEqualTo(0.3);
    org.scopeplus.energy.suggest.Tariff hours = MeterAnalysis.hourTariff(t, new ArrayList<>());
    assertThat(hours.workdays()).containsExactly(LocalDate.of(2024, 2, 4));
    assertThat(hours.price(LocalDate.of(2024, 2, 4).atTime(10, 0))).isEqualTo(1.0);
    assertThat(hours.price(LocalDate.of(2024, 2, 12).atTime(10, 0))).isEqualTo(0.3);
  }
}

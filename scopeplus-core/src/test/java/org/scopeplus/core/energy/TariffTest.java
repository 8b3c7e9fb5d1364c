package org.scopeplus.core.energy;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class TariffTest {

  /** Peak 08:00-22:00 at 1.2 CNY on weekdays, valley 22:00-08:00 (over midnight), flat weekends. */
  private static List<Tariff.TouPeriod> periods() {
    return List.of(
        new Tariff.TouPeriod("peak", "weekday", 8 * 60, 22 * 60, 1.2),
        new Tariff.TouPeriod("valley", "weekday", 22 * 60, 8 * 60, 0.3),
        new Tariff.TouPeriod("flat", "weekend", 0, 1440, 0.6));
  }

  @Test
  void periodsCoveringEachDayOnceArePricedByLocalMinute() {
    Tariff t = Tariff.of("", "s", "TOU", "CNY", 40, periods());
    assertThat(t.refusal()).isEmpty();
    assertThat(t.priceAt(false, 9 * 60)).isEqualTo(1.2);
    assertThat(t.priceAt(false, 23 * 60)).isEqualTo(0.3);
    assertThat(t.priceAt(false, 60)).isEqualTo(0.3);
    assertThat(t.priceAt(true, 9 * 60)).isEqualTo(0.6);
  }

  @Test
  void aGapOrAnOverlapIsRefusedNamingTheMinute() {
    List<Tariff.TouPeriod> gap =
        List.of(
            new Tariff.TouPeriod("peak", "all", 8 * 60, 22 * 60, 1.2),
            new Tariff.TouPeriod("valley", "all", 23 * 60, 8 * 60, 0.3));
    assertThat(Tariff.of("", "s", "TOU", "CNY", 0, gap).refusal())
        .hasValueSatisfying(r -> assertThat(r).contains("gap").contains("22:00"));
    List<Tariff.TouPeriod> overlap =
        List.of(
            new Tariff.TouPeriod("all", "all", 0, 1440, 1),
            new Tariff.TouPeriod("peak", "weekday", 18 * 60, 19 * 60, 2));
    assertThat(Tariff.of("", "s", "TOU", "CNY", 0, overlap).refusal())
        .hasValueSatisfying(r -> assertThat(r).contains("overlap").contains("18:00"));
  }

  @Test
  void absurdPricesAndUnknownCurrenciesAreRefused() {
    assertThat(Tariff.of("", "s", "T", "XXX", 0, periods()).refusal()).isPresent();
    assertThat(Tariff.of("", "s", "T", "CNY", 1e300, periods()).refusal()).isPresent();
    assertThat(
            Tariff.of(
                    "",
                    "s",
                    "T",
                    "CNY",
                    0,
                    List.of(new Tariff.TouPeriod("a", "all", 0, 1440, 1e300)))
                .refusal())
        .isPresent();
  }

  @Test
  void holidaysTakeTheWeekendPeriods() {
    // Wednesday 2024-10-02 is a National Day holiday (State Council notice 2023-10-25): priced
    // flat 0.6 at 09:00 as a weekend day; Thursday 2024-10-10 is an ordinary weekday at peak 1.2.
    Tariff t =
        Tariff.of("", "s", "TOU", "CNY", 0, periods())
            .withHolidays(
                List.of(
                    LocalDate.of(2024, 10, 2),
                    LocalDate.of(2024, 10, 1),
                    LocalDate.of(2024, 10, 2)));
    assertThat(t.refusal()).isEmpty();
    assertThat(t.holidays()).containsExactly(LocalDate.of(2024, 10, 1), LocalDate.of(2024, 10, 2));
    assertThat(t.restDay(LocalDate.of(2024, 10, 2))).isTrue();
    assertThat(t.priceAt(LocalDate.of(2024, 10, 2), 9 * 60)).isEqualTo(0.6);
    assertThat(t.priceAt(LocalDate.of(2024, 10, 10), 9 * 60)).isEqualTo(1.2);
    assertThat(t.priceAt(LocalDate.of(2024, 10, 12), 9 * 60)).as("a Saturday").isEqualTo(0.6);
  }

  @Test
  void holidaysInAbsurdYearsOrTooManyAreRefused() {
    assertThat(
            Tariff.of("", "s", "T", "CNY", 0, periods())
                .withHolidays(List.of(LocalDate.of(0, 1, 1)))
                .refusal())
        .hasValueSatisfying(r -> assertThat(r).contains("0000-01-01").contains("1990 to 2100"));
    List<LocalDate> many =
        java.util.stream.IntStream.range(0, Tariff.MAX_HOLIDAYS + 1)
            .mapToObj(i -> LocalDate.of(2000, 1, 1).plusDays(i))
            .toList();
    assertThat(Tariff.of("", "s", "T", "CNY", 0, periods()).withHolidays(many).refusal())
        .hasValueSatisfying(r -> assertThat(r).contains("at most 1000 holidays"));
  }

  /**
   * State Council notice on the 2024 holidays (国办发明电〔2023〕7号), Spring Festival: 10 to 17 February
   * off, Sunday 4 February and Sunday 18 February worked.
   */
  private static Tariff springFestival2024(List<LocalDate> workdays) {
    List<LocalDate> off = new java.util.ArrayList<>();
    for (int d = 10; d <= 17; d++) {
      off.add(LocalDate.of(2024, 2, d));
    }
    return Tariff.of("", "s", "TOU", "CNY", 0, periods()).withHolidays(off).withWorkdays(workdays);
  }

  @Test
  void makeUpWorkingDaysTakeTheWeekdayPeriods() {
    Tariff t =
        springFestival2024(
            List.of(LocalDate.of(2024, 2, 18), LocalDate.of(2024, 2, 4), LocalDate.of(2024, 2, 4)));
    assertThat(t.refusal()).isEmpty();
    assertThat(t.workdays()).containsExactly(LocalDate.of(2024, 2, 4), LocalDate.of(2024, 2, 18));
    // Sunday 2024-02-04 is worked: at 09:00 the weekday peak 1.2, at 23:00 the weekday valley 0.3
    assertThat(t.restDay(LocalDate.of(2024, 2, 4))).isFalse();
    assertThat(t.priceAt(LocalDate.of(2024, 2, 4), 9 * 60)).isEqualTo(1.2);
    assertThat(t.priceAt(LocalDate.of(2024, 2, 4), 23 * 60)).isEqualTo(0.3);
    assertThat(t.priceAt(LocalDate.of(2024, 2, 18), 9 * 60)).isEqualTo(1.2);
    // Saturday 2024-02-03 is not worked: the weekend's flat 0.6
    assertThat(t.priceAt(LocalDate.of(2024, 2, 3), 9 * 60)).isEqualTo(0.6);
    // Sunday 2024-02-11 and Wednesday 2024-02-14 lie in the holiday: flat 0.6
    assertThat(t.priceAt(LocalDate.of(2024, 2, 11), 9 * 60)).isEqualTo(0.6);
    assertThat(t.priceAt(LocalDate.of(2024, 2, 14), 9 * 60)).isEqualTo(0.6);
    // Monday 2024-02-19, an ordinary weekday: peak 1.2
    assertThat(t.priceAt(LocalDate.of(2024, 2, 19), 9 * 60)).isEqualTo(1.2);
  }

  @Test
  void aMakeUpWorkingDayThatIsAlsoAHolidayOrAWeekdayIsRefused() {
    assertThat(springFestival2024(List.of(LocalDate.of(2024, 2, 11))).refusal())
        .hasValueSatisfying(
            r -> assertThat(r).contains("2024-02-11").contains("both as a holiday and"));
    assertThat(springFestival2024(List.of(LocalDate.of(2024, 2, 5))).refusal())
        .hasValueSatisfying(r -> assertThat(r).contains("2024-02-05 is a Monday"));
  }

  @Test
  void makeUpWorkingDaysInAbsurdYearsOrTooManyAreRefused() {
    assertThat(springFestival2024(List.of(LocalDate.of(0, 1, 1))).refusal())
        .hasValueSatisfying(r -> assertThat(r).contains("0000-01-01").contains("1990 to 2100"));
    List<LocalDate> many =
        java.util.stream.IntStream.range(0, Tariff.MAX_HOLIDAYS + 1)
            .mapToObj(i -> LocalDate.of(2000, 1, 1).plusWeeks(i))
            .toList();
    assertThat(springFestival2024(many).refusal())
        .hasValueSatisfying(r -> assertThat(r).contains("at most 1000 make-up working days"));
  }
}

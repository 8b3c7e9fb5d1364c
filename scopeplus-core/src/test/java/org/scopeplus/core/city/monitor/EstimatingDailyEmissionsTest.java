package org.scopeplus.core.city.monitor;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The daily estimate of Carbon Monitor (Liu et al. 2020, Nature Communications 11:5172, Methods):
 * the inventory year's annual value times the day's proxy over the proxy's inventory-year sum,
 * checked against hand calculations.
 */
class EstimatingDailyEmissionsTest {

  private static final LocalDate JAN1 = LocalDate.of(2023, 1, 1);

  /** Power: 100 MWh a day in 2023 but 200 on 1 January (sum 364 x 100 + 200 = 36,600 MWh). */
  private static List<DailyProxy> proxies2023() {
    List<DailyProxy> p = new ArrayList<>();
    for (LocalDate d = JAN1; d.getYear() == 2023; d = d.plusDays(1)) {
      p.add(new DailyProxy(d, MonitoredSector.POWER, d.equals(JAN1) ? 200 : 100));
      p.add(new DailyProxy(d, MonitoredSector.GROUND_TRANSPORT, 1.0));
    }
    return p;
  }

  private static final Map<MonitoredSector, Long> ANNUAL =
      Map.of(MonitoredSector.POWER, 365_000_000L, MonitoredSector.GROUND_TRANSPORT, 36_500_000L);

  private static List<DailyEstimate> estimated(List<DailyProxy> p) {
    DailyOutcome o = EstimatingDailyEmissions.estimate(2023, ANNUAL, p);
    assertThat(o).as(o.toString()).isInstanceOf(DailyOutcome.Estimated.class);
    return ((DailyOutcome.Estimated) o).days();
  }

  @Test
  void aDayIsTheAnnualValueByTheProxysShareScaledByItsChange() {
    List<DailyProxy> p = proxies2023();
    p.add(new DailyProxy(LocalDate.of(2024, 3, 1), MonitoredSector.POWER, 110));
    p.add(new DailyProxy(LocalDate.of(2024, 3, 1), MonitoredSector.GROUND_TRANSPORT, 0.9));
    List<DailyEstimate> days = estimated(p);

    // 1 January 2023: 365,000,000 g x 200 / 36,600 = 1,994,535.52 -> 1,994,536 g
    assertThat(days.get(0).grams()).containsEntry(MonitoredSector.POWER, 1_994_536L);
    // 1 March 2024: power 365,000,000 x 110 / 36,600 = 1,096,994.54 -> 1,096,995 g;
    // ground transport 36,500,000 x 0.9 / 365 = 90,000 g; total 1,186,995 g
    DailyEstimate march = days.get(days.size() - 1);
    assertThat(march.day()).isEqualTo(LocalDate.of(2024, 3, 1));
    assertThat(march.grams())
        .containsEntry(MonitoredSector.POWER, 1_096_995L)
        .containsEntry(MonitoredSector.GROUND_TRANSPORT, 90_000L);
    assertThat(march.total()).isEqualTo(1_186_995L);
    // two-sigma: sqrt((0.14 x 1,096,995)^2 + (0.093 x 90,000)^2)
    //          = sqrt(153,579.3^2 + 8,370^2) = 153,807.2 -> 153,807 g
    assertThat(march.uncertaintyGrams()).isEqualTo(153_807L);
    assertThat(march.low()).isEqualTo(1_186_995L - 153_807L);
  }

  @Test
  void theInventoryYearAddsUpToItsAnnualValueWithinRounding() {
    long power =
        estimated(proxies2023()).stream()
            .mapToLong(d -> d.grams().get(MonitoredSector.POWER))
            .sum();
    assertThat(power).isCloseTo(365_000_000L, org.assertj.core.api.Assertions.within(365L));
  }

  @Test
  void theYearToDateIsComparedWithTheSameDaysOfLastYear() {
    List<DailyProxy> p = proxies2023();
    p.add(new DailyProxy(LocalDate.of(2024, 1, 1), MonitoredSector.POWER, 50));
    p.add(new DailyProxy(LocalDate.of(2024, 1, 2), MonitoredSector.POWER, 50));
    YearToDate ytd = EstimatingDailyEmissions.yearToDate(estimated(p), LocalDate.of(2024, 1, 2));
    // 2024: 2 x 365e6 x 50 / 36,600 = 2 x 498,633.88 -> 2 x 498,634 = 997,268 g
    // 2023-01-01..02: power 1,994,536 + 997,268 (100 / 36,600) and transport 2 x 100,000
    assertThat(ytd.grams()).isEqualTo(997_268L);
    assertThat(ytd.days()).isEqualTo(2);
    assertThat(ytd.lastYearGrams()).isEqualTo(1_994_536L + 997_268L + 200_000L);
    assertThat(ytd.lastYearDays()).isEqualTo(2);
    assertThat(ytd.change())
        .isCloseTo(997_268.0 / 3_191_804 - 1, org.assertj.core.api.Assertions.within(1e-12));
  }

  @Test
  void aDayFarFromItsTrendRaisesAnAlert() {
    // a weekly pattern (100 to 112 MWh) through 2023 and into 2024, then one day of 300 MWh
    List<DailyProxy> p = new ArrayList<>();
    LocalDate spike = LocalDate.of(2024, 2, 15);
    for (LocalDate d = JAN1; d.isBefore(LocalDate.of(2024, 3, 1)); d = d.plusDays(1)) {
      double v = d.equals(spike) ? 300 : 100 + (d.toEpochDay() % 7) * 2;
      p.add(new DailyProxy(d, MonitoredSector.POWER, v));
    }
    List<TrendAlert> alerts =
        EstimatingDailyEmissions.alerts(
            ((DailyOutcome.Estimated)
                    EstimatingDailyEmissions.estimate(
                        2023, Map.of(MonitoredSector.POWER, 365_000_000L), p))
                .days(),
            EstimatingDailyEmissions.ALERT_WINDOW,
            EstimatingDailyEmissions.ALERT_THRESHOLD);
    assertThat(alerts).hasSize(1);
    assertThat(alerts.get(0).day()).isEqualTo(spike);
    assertThat(alerts.get(0).sector()).isEqualTo(MonitoredSector.POWER);
    assertThat(alerts.get(0).z()).isGreaterThan(3.0);
  }

  @Test
  void anIncompleteInventoryYearOrASectorWithoutInventoryIsRefused() {
    List<DailyProxy> p = proxies2023();
    p.remove(10);
    assertThat(EstimatingDailyEmissions.estimate(2023, ANNUAL, p))
        .isInstanceOfSatisfying(
            DailyOutcome.Refused.class,
            r -> assertThat(r.reason()).contains("364 of the 365 days of 2023"));
    List<DailyProxy> q = proxies2023();
    q.add(new DailyProxy(JAN1, MonitoredSector.AVIATION, 3));
    assertThat(EstimatingDailyEmissions.estimate(2023, ANNUAL, q))
        .isInstanceOf(DailyOutcome.Refused.class);
    List<DailyProxy> absurd = proxies2023();
    absurd.add(new DailyProxy(LocalDate.of(2024, 1, 1), MonitoredSector.POWER, 1e300));
    assertThat(EstimatingDailyEmissions.estimate(2023, ANNUAL, absurd))
        .isInstanceOfSatisfying(
            DailyOutcome.Refused.class,
            r -> assertThat(r.reason()).contains("power on 2024-01-01"));
  }
}

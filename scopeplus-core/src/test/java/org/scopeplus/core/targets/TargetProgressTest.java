package org.scopeplus.core.targets;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.SortedMap;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

/**
 * Pathways, gaps, projections and verdicts, each against a hand calculation written out in the
 * test. The absolute contraction rates are those of the SBTi Corporate Near-Term Criteria v5.1
 * (4.2% of base-year emissions a year for 1.5C, 2.5% for well-below 2C, linear).
 */
class TargetProgressTest {

  private static final Coverage SCOPES_1_2 = Coverage.parse("1+2", "market").orElseThrow();

  private static Target absolute(double reduction, Pathway pathway) {
    return new Target(
        "t1",
        "Scopes 1+2 net zero",
        TargetKind.ABSOLUTE,
        "Kestrel",
        SCOPES_1_2,
        null,
        2020,
        2030,
        reduction,
        pathway,
        "");
  }

  private static SortedMap<Integer, Double> series(int from, double... values) {
    SortedMap<Integer, Double> m = new TreeMap<>();
    for (int i = 0; i < values.length; i++) {
      m.put(from + i, values[i]);
    }
    return m;
  }

  private static TargetProgress measured(Target t, SortedMap<Integer, Double> a, int upTo) {
    ProgressOutcome o = TargetProgress.of(t, a, null, upTo);
    assertThat(o).isInstanceOf(ProgressOutcome.Measured.class);
    return ((ProgressOutcome.Measured) o).progress();
  }

  private static YearProgress year(TargetProgress p, int y) {
    return p.years().stream().filter(r -> r.year() == y).findFirst().orElseThrow();
  }

  @Test
  void aLinearNetZeroPathwayFallsByATenthOfTheBaseEachYearAndAFallingTrendIsOnTrack() {
    // base 100 t in 2020, net zero (reduction 1) in 2030: 100 - 100 * (y - 2020) / 10
    TargetProgress p = measured(absolute(1.0, Pathway.LINEAR), series(2020, 100, 90, 80), 2025);
    assertThat(p.targetLevel()).isEqualTo(0.0);
    assertThat(year(p, 2025).pathway()).isCloseTo(50.0, within(1e-9));
    assertThat(year(p, 2022).pathway()).isCloseTo(80.0, within(1e-9));
    assertThat(year(p, 2022).gap()).isCloseTo(0.0, within(1e-9));
    assertThat(year(p, 2022).status()).isEqualTo(Status.ON_TRACK);
    assertThat(year(p, 2023).actual()).isNull();
    assertThat(p.years()).hasSize(11);
    // the line through (2020,100) (2021,90) (2022,80): slope -10, 0 in 2030
    assertThat(p.projection().slope()).isCloseTo(-10.0, within(1e-9));
    assertThat(p.projection().value()).isCloseTo(0.0, within(1e-6));
    assertThat(p.status()).isEqualTo(Status.ON_TRACK);
  }

  @Test
  void aSlowerTrendIsOffTrackAndTheExplanationGivesTheProjectionAndItsMethod() {
    // slope -5 t a year: 100 - 5 * 10 = 50 t in 2030, above the target of 0
    TargetProgress p = measured(absolute(1.0, Pathway.LINEAR), series(2020, 100, 95, 90), 2025);
    assertThat(p.projection().value()).isCloseTo(50.0, within(1e-9));
    assertThat(year(p, 2021).gap()).isCloseTo(5.0, within(1e-9));
    assertThat(year(p, 2021).status()).isEqualTo(Status.OFF_TRACK);
    assertThat(p.status()).isEqualTo(Status.OFF_TRACK);
    assertThat(p.explanation())
        .isEqualTo(
            "off track: the projection to 2030, 50.00 t CO2e, misses the target value 0.000 t"
                + " CO2e (least-squares line through the 3 actual years 2020-2022, evaluated in"
                + " 2030, never below zero)");
  }

  @Test
  void theLeastSquaresLineOfFourScatteredYearsMatchesTheHandCalculation() {
    // x mean 2021.5, y mean 8; sxy = -3 - 0.5 - 0.5 - 3 = -7; sxx = 5; slope -1.4;
    // 2030: 8 - 1.4 * 8.5 = -3.9, never below zero: 0
    TargetProgress p = measured(absolute(0.5, Pathway.LINEAR), series(2020, 10, 9, 7, 6), 2025);
    assertThat(p.projection().slope()).isCloseTo(-1.4, within(1e-12));
    assertThat(p.projection().points()).isEqualTo(4);
    assertThat(p.projection().value()).isEqualTo(0.0);
    // target -50%: 5 t; pathway in 2023: 10 - 5 * 3 / 10 = 8.5; actual 6 is 2.5 below
    assertThat(year(p, 2023).pathway()).isCloseTo(8.5, within(1e-12));
    assertThat(year(p, 2023).gap()).isCloseTo(-2.5, within(1e-12));
    assertThat(p.status()).isEqualTo(Status.ON_TRACK);
  }

  @Test
  void theAbsoluteContractionPathwaysTakeAFixedShareOfTheBaseYearEachYear() {
    SortedMap<Integer, Double> base = series(2020, 1000);
    TargetProgress onePointFive = measured(absolute(0.42, Pathway.ACA_1_5C), base, 2020);
    // 1000 * (1 - 0.042 * 5) = 790; 1000 * (1 - 0.042 * 10) = 580
    assertThat(year(onePointFive, 2025).pathway()).isCloseTo(790.0, within(1e-9));
    assertThat(year(onePointFive, 2030).pathway()).isCloseTo(580.0, within(1e-9));
    TargetProgress wellBelow = measured(absolute(0.25, Pathway.ACA_WELL_BELOW_2C), base, 2020);
    // 1000 * (1 - 0.025 * 5) = 875
    assertThat(year(wellBelow, 2025).pathway()).isCloseTo(875.0, within(1e-9));
    // never below zero: 2020 + 30 years at 4.2% would be -26%
    assertThat(Pathway.ACA_1_5C.valueIn(2050, 2020, 1000, 2050, 0)).isEqualTo(0.0);
  }

  @Test
  void anIntensityTargetHalvesTheBaseYearIntensityAlongALine() {
    // Scope 3 8.22 t per million revenue in 2020, -50% by 2030: 4.11; 2025 on the line 6.165
    Target t =
        new Target(
            "i",
            "Scope 3 intensity -50%",
            TargetKind.INTENSITY,
            "Kestrel",
            Coverage.parse("3", null).orElseThrow(),
            "revenue",
            2020,
            2030,
            0.5,
            Pathway.LINEAR,
            "");
    TargetProgress p = measured(t, series(2020, 8.22, 8.0, 7.9), 2025);
    assertThat(p.unit()).isEqualTo("t CO2e per million revenue");
    assertThat(p.targetLevel()).isCloseTo(4.11, within(1e-12));
    assertThat(year(p, 2025).pathway()).isCloseTo(6.165, within(1e-12));
    // slope: x mean 2021, y mean 8.04; sxy = (-1)(0.18) + 0 + (1)(-0.14) = -0.32, sxx 2: -0.16
    // 2030: 8.04 - 0.16 * 9 = 6.60, above 4.11
    assertThat(p.projection().value()).isCloseTo(6.60, within(1e-9));
    assertThat(p.status()).isEqualTo(Status.OFF_TRACK);
  }

  @Test
  void aCumulativeTargetAddsTheYearsUpAndProjectsTheRemainingYearsFromTheAnnualTrend() {
    // 1.5 Gt over 2021-2035 (15 years): pathway 0.1 Gt a year, 0.3 Gt by 2023
    Target t =
        new Target(
            "c",
            "Scope 3+ 1.5 Gt",
            TargetKind.CUMULATIVE,
            "Kestrel",
            null,
            null,
            2021,
            2035,
            1.5e9,
            Pathway.LINEAR,
            "");
    TargetProgress p = measured(t, series(2021, 50e6, 70e6, 90e6), 2025);
    assertThat(year(p, 2023).pathway()).isCloseTo(3e8, within(1e-3));
    assertThat(year(p, 2023).actual()).isCloseTo(210e6, within(1e-3));
    assertThat(year(p, 2023).status()).isEqualTo(Status.OFF_TRACK);
    // annual line 70e6 + 20e6 * (y - 2022); 2024..2035 add 12 * 70e6 + 20e6 * (2 + ... + 13)
    // = 840e6 + 1800e6; with the 210e6 so far: 2850e6, above 1.5e9
    assertThat(p.projection().value()).isCloseTo(2.85e9, within(1.0));
    assertThat(p.status()).isEqualTo(Status.ON_TRACK);
    assertThat(p.baseValue()).isEqualTo(0.0);
  }

  @Test
  void aShareTargetRisesToItsLevelAndAProjectionNeverPassesOneHundredPercent() {
    Target t =
        new Target(
            "r",
            "Cloud 100% renewable",
            TargetKind.RENEWABLE_SHARE,
            "Kestrel/Cloud",
            null,
            null,
            2020,
            2030,
            1.0,
            Pathway.LINEAR,
            "RE100");
    TargetProgress p = measured(t, series(2020, 0.2, 0.35, 0.5), 2025);
    // 0.2 + 0.8 * 5 / 10 = 0.6
    assertThat(year(p, 2025).pathway()).isCloseTo(0.6, within(1e-12));
    // line 0.2 + 0.15 * 10 = 1.7, kept at 1
    assertThat(p.projection().value()).isEqualTo(1.0);
    assertThat(p.status()).isEqualTo(Status.ON_TRACK);
    assertThat(TargetProgress.format(0.5, "share")).isEqualTo("50.0%");
  }

  @Test
  void theActualOfTheTargetYearDecidesOnceItExists() {
    TargetProgress p = measured(absolute(0.5, Pathway.LINEAR), series(2020, 100, 10, 10, 60), 2023);
    Target shortTarget =
        new Target(
            "s",
            "short",
            TargetKind.ABSOLUTE,
            "Kestrel",
            SCOPES_1_2,
            null,
            2020,
            2023,
            0.5,
            Pathway.LINEAR,
            "");
    TargetProgress done = measured(shortTarget, series(2020, 100, 10, 10, 60), 2023);
    assertThat(done.status()).isEqualTo(Status.OFF_TRACK);
    assertThat(done.explanation())
        .isEqualTo(
            "off track: the actual 2023 value 60.00 t CO2e misses the target value 50.00 t CO2e");
    assertThat(p.status()).isEqualTo(Status.ON_TRACK);
  }

  @Test
  void oneActualYearIsJudgedAgainstItsPathwayAndNoneGivesNoData() {
    TargetProgress one = measured(absolute(1.0, Pathway.LINEAR), series(2020, 100), 2025);
    assertThat(one.projection()).isNull();
    assertThat(one.status()).isEqualTo(Status.ON_TRACK);
    assertThat(one.explanation()).contains("a projection needs two actual years");
    Target share =
        new Target(
            "f",
            "fleet",
            TargetKind.FLEET_ELECTRIFICATION,
            "Kestrel",
            null,
            null,
            2020,
            2030,
            0.8,
            Pathway.LINEAR,
            "");
    ProgressOutcome none = TargetProgress.of(share, new TreeMap<>(), null, 2025);
    assertThat(none)
        .isEqualTo(
            new ProgressOutcome.Refused(
                "there is no actual value for the base year 2020 of target 'fleet', so its"
                    + " baseline is unknown"));
  }

  @Test
  void aRestatedBaseYearMovesTheBaselineAndThePathwayAndTheReportSaysSo() {
    // the base year restated from 100 t to 120 t (an acquisition): the 2025 pathway moves from
    // 50 t to 60 t
    ProgressOutcome o =
        TargetProgress.of(
            absolute(1.0, Pathway.LINEAR),
            series(2020, 120, 110),
            "structural-change on 2026-01-02: acquired DC-Jakarta",
            2025);
    TargetProgress p = ((ProgressOutcome.Measured) o).progress();
    assertThat(year(p, 2025).pathway()).isCloseTo(60.0, within(1e-9));
    assertThat(p.baselineNote())
        .isEqualTo(
            "baseline: the actual 2020 value, 120.0 t CO2e; the base year was restated"
                + " (structural-change on 2026-01-02: acquired DC-Jakarta), which moved the"
                + " baseline, the target value and the pathway");
  }
}

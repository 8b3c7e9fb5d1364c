package org.scopeplus.core.city.targets;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.scopeplus.core.targets.Pathway;
import org.scopeplus.core.targets.Status;

/**
 * City targets against hand calculations: the least-squares slope is worked out by hand in each
 * comment (slope = sum dx dy / sum dx^2), the pathways from the company module's linear and SBTi
 * absolute contraction rules.
 */
class CityTargetProgressTest {

  private static final long MT = 1_000_000_000_000L; // grams in a million tonnes

  private static CityTarget target(CityTargetKind kind, int base, int year, double value) {
    return new CityTarget("t1", "target", kind, base, year, value, Pathway.LINEAR);
  }

  private static CityTargetProgress measured(CityTarget t, List<CityActual> a, int upTo) {
    CityProgressOutcome o = CityTargetProgress.of(t, a, upTo);
    assertThat(o).isInstanceOf(CityProgressOutcome.Measured.class);
    return ((CityProgressOutcome.Measured) o).progress();
  }

  /** Tonnes in millions per year from {@code first}, no population or GDP. */
  private static List<CityActual> series(int first, double... millionTonnes) {
    List<CityActual> out = new ArrayList<>();
    for (int i = 0; i < millionTonnes.length; i++) {
      out.add(new CityActual(first + i, Math.round(millionTonnes[i] * MT), null, null));
    }
    return out;
  }

  @Test
  void anAbsoluteTargetOffTrackByItsProjection() {
    // -50% of 10 Mt (2020) by 2030: level 5 Mt; linear pathway 2023 = 10 - 5 x 3/10 = 8.5 Mt
    CityTargetProgress p =
        measured(
            target(CityTargetKind.ABSOLUTE, 2020, 2030, 0.5),
            series(2020, 10, 9.8, 9.7, 9.5),
            2026);
    assertThat(p.targetLevel()).isEqualTo(5_000_000.0);
    CityYear y2023 = p.years().get(3);
    assertThat(y2023.pathway()).isCloseTo(8_500_000.0, within(1e-6));
    assertThat(y2023.gap()).isCloseTo(1_000_000.0, within(1e-6));
    assertThat(y2023.status()).isEqualTo(Status.OFF_TRACK);
    // x = 2020..2023, mean 2021.5; y mean 9.75; sum dx dy = -0.8, sum dx^2 = 5: slope -0.16 Mt/yr;
    // 2030: 9.75 - 0.16 x 8.5 = 8.39 Mt, above 5 Mt
    assertThat(p.projection().slope()).isCloseTo(-160_000.0, within(1e-6));
    assertThat(p.projection().value()).isCloseTo(8_390_000.0, within(1e-6));
    assertThat(p.status()).isEqualTo(Status.OFF_TRACK);
    assertThat(p.verdict().code()).isEqualTo(Verdict.Code.PROJECTION_MISSES);
    assertThat(p.verdict().years()).containsExactly(2030, 2020, 2023);
    assertThat(p.explanation())
        .isEqualTo(
            "off track: the projection to 2030, 8,390,000 t CO2e, misses the target value"
                + " 5,000,000 t CO2e (least-squares line through the 4 actual years 2020-2023,"
                + " evaluated in 2030, never below zero)");
    // the projection starts at the last actual and runs to the target year
    assertThat(p.years().get(3).projection()).isCloseTo(9_500_000.0, within(1e-6));
    assertThat(p.years().get(10).projection()).isCloseTo(8_390_000.0, within(1e-6));
    assertThat(p.years().get(2).projection()).isNull();
  }

  @Test
  void anAbsoluteTargetOnTheSbtiContractionPathway() {
    // ACA 1.5C: 4.2% of base-year emissions less each year; 2025 = 10 Mt x (1 - 0.042 x 5) = 7.9 Mt
    CityTarget t =
        new CityTarget("t", "aca", CityTargetKind.ABSOLUTE, 2020, 2030, 0.42, Pathway.ACA_1_5C);
    assertThat(t.refusal()).isEmpty();
    CityTargetProgress p = measured(t, series(2020, 10, 9.5, 9.0, 8.5, 8.0, 7.5), 2025);
    assertThat(p.years().get(5).pathway()).isCloseTo(7_900_000.0, within(1e-6));
    assertThat(p.years().get(5).status()).isEqualTo(Status.ON_TRACK);
    // falling 0.5 Mt a year exactly: 2030 = 10 - 0.5 x 10 = 5 Mt, below 5.8 Mt
    assertThat(p.projection().value()).isCloseTo(5_000_000.0, within(1e-6));
    assertThat(p.status()).isEqualTo(Status.ON_TRACK);
  }

  @Test
  void aPerCapitaTargetReachedWhileTotalsFellLess() {
    // 2020: 10 Mt / 10 million residents = 1.0 t; 2025: 9 Mt / 12 million = 0.75 t; -20%: 0.8 t
    List<CityActual> a =
        List.of(
            new CityActual(2020, 10 * MT, 10e6, null), new CityActual(2025, 9 * MT, 12e6, null));
    CityTargetProgress p = measured(target(CityTargetKind.PER_CAPITA, 2020, 2025, 0.2), a, 2030);
    assertThat(p.unit()).isEqualTo("t CO2e per resident");
    assertThat(p.baseValue()).isEqualTo(1.0);
    assertThat(p.targetLevel()).isCloseTo(0.8, within(1e-12));
    assertThat(p.years().get(5).actual()).isCloseTo(0.75, within(1e-12));
    assertThat(p.status()).isEqualTo(Status.ON_TRACK);
    assertThat(p.explanation()).startsWith("on track: the actual 2025 value 0.7500");
  }

  @Test
  void aPerGdpTargetInTheFourteenthFiveYearPlansTerms() {
    // 14th Five-Year Plan Outline (2021), table of main indicators: CO2 per unit of GDP -18% by
    // 2025 against 2020. 2020: 10 Mt / (1e12 CNY / 10,000) = 0.1 t per 10,000 CNY; level 0.082;
    // 2025: 11 Mt / 1.4e8 = 0.078571 t per 10,000 CNY
    List<CityActual> a =
        List.of(
            new CityActual(2020, 10 * MT, null, 1e12), new CityActual(2025, 11 * MT, null, 1.4e12));
    CityTargetProgress p = measured(target(CityTargetKind.PER_GDP, 2020, 2025, 0.18), a, 2025);
    assertThat(p.targetLevel()).isCloseTo(0.082, within(1e-12));
    assertThat(p.years().get(5).actual()).isCloseTo(11.0 / 140.0, within(1e-12));
    assertThat(p.status()).isEqualTo(Status.ON_TRACK);
  }

  @Test
  void aPerGdpTargetWithoutTheBaseYearsGdpIsRefused() {
    CityProgressOutcome o =
        CityTargetProgress.of(
            target(CityTargetKind.PER_GDP, 2020, 2025, 0.18), series(2020, 10, 9), 2025);
    assertThat(((CityProgressOutcome.Refused) o).reason())
        .isEqualTo(
            "there is no actual emissions and GDP for the base year 2020 of target 'target', so"
                + " its baseline is unknown");
  }

  @Test
  void aNeutralityTargetRunsToZero() {
    // net zero by 2060 from 2020: the straight line is at half the base in 2040
    CityTargetProgress p =
        measured(target(CityTargetKind.NEUTRALITY, 2020, 2060, 1), series(2020, 10), 2025);
    assertThat(p.targetLevel()).isEqualTo(0.0);
    assertThat(p.years().get(20).pathway()).isCloseTo(5_000_000.0, within(1e-6));
    assertThat(p.years().get(40).pathway()).isEqualTo(0.0);
    // one actual year: judged against its pathway value, which it equals
    assertThat(p.status()).isEqualTo(Status.ON_TRACK);
    assertThat(p.explanation()).contains("one actual year only (2020)");
  }

  @Test
  void aPeakIsOnTrackWhenTheTrendHasTurned() {
    // 90, 95, 100, 98, 97, 96, 95 Mt (2018-2024): highest in 2020; last five years 2020-2024:
    // mean 97.2, dy 2.8 0.8 -0.2 -1.2 -2.2, dx -2..2: sum dx dy = -12, sum dx^2 = 10: -1.2 Mt/yr
    CityTargetProgress p =
        measured(
            target(CityTargetKind.PEAK, 2018, 2030, 0),
            series(2018, 90, 95, 100, 98, 97, 96, 95),
            2025);
    assertThat(p.projection().slope()).isCloseTo(-1_200_000.0, within(1e-6));
    assertThat(p.projection().firstYear()).isEqualTo(2020);
    assertThat(p.status()).isEqualTo(Status.ON_TRACK);
    assertThat(p.explanation())
        .isEqualTo(
            "on track: the trend has turned: the highest emissions so far, 100,000,000 t CO2e,"
                + " were in 2020 and the trend of 2020-2024 falls by 1,200,000 t CO2e a year");
    assertThat(p.targetLevel()).isNull();
    assertThat(p.years().get(0).pathway()).isNull();
    assertThat(p.verdict().code()).isEqualTo(Verdict.Code.PEAK_TURNED);
    assertThat(p.verdict().years()).containsExactly(2020, 2020, 2024);
    assertThat(p.verdict().values().get(1)).isCloseTo(1_200_000.0, within(1e-6));
  }

  @Test
  void aPeakAboveItsCapIsOffTrack() {
    CityTargetProgress p =
        measured(
            target(CityTargetKind.PEAK, 2018, 2030, 99_000_000),
            series(2018, 90, 95, 100, 98, 97, 96, 95),
            2025);
    assertThat(p.status()).isEqualTo(Status.OFF_TRACK);
    assertThat(p.explanation()).endsWith("above the cap of 99,000,000 t CO2e");
    assertThat(p.years().get(2).gap()).isCloseTo(1_000_000.0, within(1e-6));
  }

  @Test
  void aPeakStillRisingOrLateIsOffTrackAndTooFewYearsGiveNoData() {
    CityTargetProgress rising =
        measured(target(CityTargetKind.PEAK, 2020, 2030, 0), series(2020, 90, 95, 100), 2025);
    assertThat(rising.status()).isEqualTo(Status.OFF_TRACK);
    assertThat(rising.explanation())
        .startsWith("off track: the trend has not turned yet: the highest emissions so far")
        .endsWith("emissions must peak by 2030");
    CityTargetProgress late =
        measured(
            target(CityTargetKind.PEAK, 2020, 2022, 0),
            series(2020, 90, 95, 100, 101, 99, 98),
            2026);
    assertThat(late.status()).isEqualTo(Status.OFF_TRACK);
    assertThat(late.explanation()).endsWith("were in 2023, after the peak year 2022");
    CityTargetProgress few =
        measured(target(CityTargetKind.PEAK, 2020, 2030, 0), series(2020, 90, 95), 2025);
    assertThat(few.status()).isEqualTo(Status.NO_DATA);
    assertThat(few.verdict().code()).isEqualTo(Verdict.Code.PEAK_TOO_FEW_YEARS);
    assertThat(late.verdict().code()).isEqualTo(Verdict.Code.PEAK_AFTER_TARGET_YEAR);
    assertThat(rising.verdict().code()).isEqualTo(Verdict.Code.PEAK_NOT_TURNED);
    assertThat(few.projection()).isNull();
  }

  @Test
  void absurdTargetsAreRefusedWithASentence() {
    assertThat(target(CityTargetKind.ABSOLUTE, 0, 2030, 0.5).refusal())
        .contains("base year and target year must lie between 1990 and 2100");
    assertThat(target(CityTargetKind.ABSOLUTE, 2030, 2020, 0.5).refusal())
        .contains("the target year 2020 must come after the base year 2030");
    assertThat(target(CityTargetKind.ABSOLUTE, 2020, 2030, 1e300).refusal())
        .contains("the reduction of an absolute target lies above 0 and at most 1 (0.5 for -50%)");
    assertThat(target(CityTargetKind.PEAK, 2020, 2030, 1e300).refusal()).isPresent();
    assertThat(target(CityTargetKind.NEUTRALITY, 2020, 2060, 0.5).refusal())
        .contains("a neutrality target's value is 1: net emissions zero");
    assertThat(
            new CityTarget("t", "x", CityTargetKind.PER_CAPITA, 2020, 2030, 0.5, Pathway.ACA_1_5C)
                .refusal())
        .get()
        .asString()
        .startsWith("the SBTi absolute contraction pathway applies to absolute targets only");
    assertThat(new CityActual(0, 1, null, null).refusal()).contains("outside 1990-2100");
    assertThat(new CityActual(2020, -1, null, null).refusal()).contains("is refused");
    assertThat(new CityActual(2020, 1, 1e300, null).refusal()).contains("population");
    assertThat(new CityActual(2020, 1, null, 0.0).refusal()).contains("GDP");
  }
}

package org.scopeplus.core.city.targets;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

/**
 * Scenarios of measures against hand calculations. Factors and their sources:
 *
 * <ul>
 *   <li>Grid: 0.5366 kg CO2/kWh, China national average electricity CO2 emission factor 2022, MEE &
 *       NBS Announcement 2024 No. 33, as reported by Beijing News 27 Dec 2024
 *       (../shared/reference-data/grid_factors.csv; a secondary source, so the measures carry the
 *       secondary flag).
 *   <li>Diesel bus: 35 L/100 km and 0.84 kg/L (stated assumptions of the example), NCV 43.0 TJ/Gg
 *       (IPCC 2006 Vol. 2 Table 1.2) and 74,100 kg CO2/TJ (Table 3.2.1): 0.294 kg x 43.0 MJ/kg x
 *       74.1 g/MJ = 936.7722 g/km. Electric bus: 1.2 kWh/km x 536.6 g/kWh = 643.92 g/km.
 *   <li>Capital recovery factors (A/P, 5%, n) from the compound interest tables of engineering
 *       economy texts: n = 12: 0.11283; n = 20: 0.08024; n = 25: 0.07095.
 * </ul>
 */
class ScenarioPathwayTest {

  private static final String GRID = "MEE & NBS 2024 No. 33, 2022 national average (secondary)";

  private static Measure retrofit() {
    // 2,000,000 m2 x 30 kWh/m2 x 0.5366 kg/kWh = 32,196 t a year; 300 CNY/m2 = 600 million CNY;
    // 60 GWh saved at 0.6 CNY/kWh = 36 million CNY a year saved
    return new Measure(
        "Building retrofits",
        MeasureKind.BUILDING_RETROFIT,
        "stationary_energy",
        2_000_000,
        30,
        0.5366,
        new TreeMap<>(Map.of(2025, 0.5, 2026, 1.0)),
        600_000_000,
        -36_000_000,
        20,
        GRID,
        true);
  }

  private static Measure pv() {
    // 100,000 MWh x 0.5366 t/MWh = 53,660 t a year
    return new Measure(
        "Rooftop PV",
        MeasureKind.ROOFTOP_PV,
        "stationary_energy",
        100_000,
        0.5366,
        0,
        new TreeMap<>(Map.of(2026, 1.0)),
        300_000_000,
        -50_000_000,
        25,
        GRID,
        true);
  }

  private static Measure buses() {
    // 1,000 buses x 60,000 km = 60 million km x (936.7722 - 643.92) g/km = 17,571,132,000 g
    return new Measure(
        "Electric buses",
        MeasureKind.ELECTRIFICATION,
        "transportation",
        60_000_000,
        0.35 * 0.84 * 43.0 * 74.1 / 1000,
        1.2 * 0.5366,
        new TreeMap<>(Map.of(2025, 0.5, 2027, 1.0)),
        1_500_000_000,
        0,
        12,
        "IPCC 2006 Vol. 2 Tables 1.2, 3.2.1; " + GRID,
        true);
  }

  private static Scenario scenario(List<Measure> measures, double growth) {
    Map<String, Long> baseline = new LinkedHashMap<>();
    baseline.put("stationary_energy", 40_000_000_000L); // 40,000 t
    baseline.put("transportation", 2_000_000_000_000L); // 2,000,000 t
    return new Scenario("s", "Low carbon 2027", 2024, 2027, baseline, growth, 0.05, measures);
  }

  @Test
  void eachMeasuresReductionIsItsFullPotentialTimesItsShareInWholeGrams() {
    assertThat(retrofit().grossGramsIn(2026)).isEqualTo(32_196_000_000L);
    assertThat(retrofit().grossGramsIn(2025)).isEqualTo(16_098_000_000L);
    assertThat(retrofit().grossGramsIn(2024)).isZero();
    assertThat(pv().grossGramsIn(2026)).isEqualTo(53_660_000_000L);
    assertThat(buses().grossGramsIn(2027)).isEqualTo(17_571_132_000L);
    // 2026 is not listed: the share of 2025 holds
    assertThat(buses().grossGramsIn(2026)).isEqualTo(8_785_566_000L);
  }

  @Test
  void twoMeasuresOnOneSectorNeverCountAGramTwice() {
    ScenarioPathway p = ScenarioPathway.of(scenario(List.of(retrofit(), pv(), buses()), 0));
    ScenarioPathway.ScenarioYear y2026 = p.years().get(2);
    // retrofit first: 32,196 t; PV counts only the 7,804 t left of the sector's 40,000 t
    assertThat(y2026.measureGrams())
        .containsEntry("Building retrofits", 32_196_000_000L)
        .containsEntry("Rooftop PV", 7_804_000_000L)
        .containsEntry("Electric buses", 8_785_566_000L);
    ScenarioPathway.MeasureResult solar = p.measures().get(1);
    assertThat(solar.grossGrams()).isEqualTo(107_320_000_000L);
    assertThat(solar.countedGrams()).isEqualTo(15_608_000_000L);
    assertThat(solar.overlapGrams()).isEqualTo(91_712_000_000L);
    // 2027: 2,040,000 t - 32,196 - 7,804 - 17,571.132 t
    assertThat(p.years().get(3).resultGrams()).isEqualTo(1_982_428_868_000L);
    assertThat(p.years().get(0).resultGrams()).isEqualTo(2_040_000_000_000L);
    assertThat(p.measures().get(2).countedGrams()).isEqualTo(35_142_264_000L);
    for (ScenarioPathway.ScenarioYear y : p.years()) {
      assertThat(y.baselineGrams() - y.countedGrams()).isEqualTo(y.resultGrams());
      assertThat(y.measureGrams().values().stream().mapToLong(Long::longValue).sum())
          .isEqualTo(y.countedGrams());
    }
    assertThat(p.baselineGrams()).isEqualTo(4 * 2_040_000_000_000L);

    // in the other order PV takes the whole sector and the retrofit counts nothing from 2026:
    // the sector's reduction is the same 40,000 t either way
    ScenarioPathway swapped = ScenarioPathway.of(scenario(List.of(pv(), retrofit(), buses()), 0));
    assertThat(swapped.years().get(2).measureGrams())
        .containsEntry("Rooftop PV", 40_000_000_000L)
        .containsEntry("Building retrofits", 0L);
    assertThat(swapped.years().get(3).resultGrams()).isEqualTo(1_982_428_868_000L);
  }

  @Test
  void theBaselineGrowsByItsRateRoundedOnce() {
    // +2% a year: 2026 = 2,040,000 t x 1.02^2 = 2,122,416 t
    ScenarioPathway p = ScenarioPathway.of(scenario(List.of(), 0.02));
    assertThat(p.years().get(2).baselineGrams()).isEqualTo(2_122_416_000_000L);
    assertThat(p.countedGrams()).isZero();
  }

  @Test
  void marginalAbatementCostsFromTheCapitalRecoveryFactor() {
    assertThat(retrofit().capitalRecoveryFactor(0.05)).isCloseTo(0.08024, within(5e-6));
    assertThat(buses().capitalRecoveryFactor(0.05)).isCloseTo(0.11283, within(5e-6));
    assertThat(pv().capitalRecoveryFactor(0.05)).isCloseTo(0.07095, within(5e-6));
    assertThat(retrofit().capitalRecoveryFactor(0)).isEqualTo(1.0 / 20);
    ScenarioPathway p = ScenarioPathway.of(scenario(List.of(retrofit(), pv(), buses()), 0));
    // retrofit: 600e6 x 0.0802426 - 36e6 = 12,145,552 CNY / 32,196 t = 377.24 CNY/t
    assertThat(p.measures().get(0).costPerTonneCny()).isCloseTo(377.24, within(0.01));
    // PV: 300e6 x 0.0709525 - 50e6 = -28,714,263 CNY / 53,660 t = -535.12 CNY/t (a saving)
    assertThat(p.measures().get(1).costPerTonneCny()).isCloseTo(-535.12, within(0.01));
    // buses: 1,500e6 x 0.1128254 = 169,238,115 CNY / 17,571.132 t = 9,631.60 CNY/t
    assertThat(p.measures().get(2).costPerTonneCny()).isCloseTo(9631.60, within(0.01));
    assertThat(p.abatementOrder())
        .containsExactly("Rooftop PV", "Building retrofits", "Electric buses");
    assertThat(p.measures().get(0).secondary()).isTrue();
  }

  @Test
  void absurdScenariosAreRefusedWithASentence() {
    Measure huge =
        new Measure(
            "x",
            MeasureKind.ROOFTOP_PV,
            "stationary_energy",
            1e300,
            0.5,
            0,
            new TreeMap<>(Map.of(2025, 1.0)),
            0,
            0,
            10,
            GRID,
            true);
    assertThat(scenario(List.of(huge), 0).refusal())
        .contains(
            "measure 'x': the MWh generated a year must lie above 0 and at most 1e12, not 1.0E300");
    Measure worse =
        new Measure(
            "y",
            MeasureKind.ELECTRIFICATION,
            "transportation",
            1000,
            0.5,
            0.9,
            new TreeMap<>(Map.of(2025, 1.0)),
            0,
            0,
            10,
            GRID,
            false);
    assertThat(scenario(List.of(worse), 0).refusal()).get().asString().contains("reduces nothing");
    Measure elsewhere =
        new Measure(
            "z",
            MeasureKind.ROOFTOP_PV,
            "waste",
            10,
            0.5,
            0,
            new TreeMap<>(Map.of(2025, 1.0)),
            0,
            0,
            10,
            GRID,
            true);
    assertThat(scenario(List.of(elsewhere), 0).refusal())
        .contains("measure 'z' reduces sector 'waste', which the baseline does not name");
    Measure late =
        new Measure(
            "w",
            MeasureKind.ROOFTOP_PV,
            "transportation",
            10,
            0.5,
            0,
            new TreeMap<>(Map.of(0, 1.0)),
            0,
            0,
            10,
            GRID,
            true);
    assertThat(scenario(List.of(late), 0).refusal())
        .contains("measure 'w' is deployed in 0, outside the scenario's years 2024-2027");
    assertThat(new Scenario("s", "n", 2030, 2020, Map.of("a", 1L), 0, 0.05, List.of()).refusal())
        .contains("the end year 2020 must come after the base year 2030");
    assertThat(
            new Scenario("s", "n", 2024, 2100, Map.of("a", 1L << 52), 0.5, 0.05, List.of())
                .refusal())
        .contains("the baseline of sector 'a' grows beyond 2^53 g (about 9 Gt CO2e) by 2100");
  }
}

package org.scopeplus.io.builtin;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.io.IOException;
import java.io.InputStream;
import java.lang.reflect.Method;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.scopeplus.core.activity.ActivityRecord;
import org.scopeplus.core.activity.Period;
import org.scopeplus.core.calculation.CalculationEngine;
import org.scopeplus.core.calculation.CalculationOptions;
import org.scopeplus.core.calculation.CalculationOutcome;
import org.scopeplus.core.calculation.ResultLine;
import org.scopeplus.core.calculation.Scope2Method;
import org.scopeplus.core.gas.GwpSet;
import org.scopeplus.core.gas.Origin;
import org.scopeplus.core.quantity.UnitSymbols;

/**
 * Every row of ../shared/reference-data/acceptance_checks.csv (copied to the test resources) as a
 * golden test through the built-in data and the real engine. Method names start with the row id.
 */
class AcceptanceChecksTest {

  private static final ReferenceData DATA = BuiltInReferenceData.load();

  private static CalculationEngine engine(GwpSet set) {
    return DATA.engine(CalculationOptions.defaults().withGwpSet(set));
  }

  private static List<ResultLine> calculate(
      GwpSet set,
      String type,
      double qty,
      String unit,
      String region,
      String period,
      String substance) {
    ActivityRecord r =
        ActivityRecord.of(
            "ac",
            "Group",
            "",
            Period.parse(period).orElseThrow(),
            type,
            qty,
            UnitSymbols.of(unit),
            region);
    if (substance != null) {
      r = r.withSubstance(substance);
    }
    List<ResultLine> lines = new ArrayList<>();
    CalculationOutcome outcome = engine(set).calculate(r, lines::add);
    assertThat(outcome).as(outcome.toString()).isInstanceOf(CalculationOutcome.Calculated.class);
    return lines;
  }

  private static long grams(List<ResultLine> lines, Scope2Method method) {
    return lines.stream().filter(l -> l.method() == method).mapToLong(ResultLine::co2eGrams).sum();
  }

  @Test
  void everyAcceptanceCheckHasATest() throws IOException {
    List<String> ids = new ArrayList<>();
    try (InputStream in =
        getClass().getResourceAsStream("/org/scopeplus/io/acceptance_checks.csv")) {
      for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
        if (line.startsWith("AC")) {
          ids.add(line.substring(0, line.indexOf(',')));
        }
      }
    }
    assertThat(ids).hasSize(10);
    List<String> methods = new ArrayList<>();
    for (Method m : getClass().getDeclaredMethods()) {
      methods.add(m.getName());
    }
    for (String id : ids) {
      assertThat(methods)
          .as("a test for " + id)
          .anyMatch(n -> n.startsWith(id.toLowerCase() + "_"));
    }
  }

  /** AC2 (published): Climate Essentials, 'Carbon factors: a 2025 update', DESNZ 2024 and 2025. */
  @Test
  void ac2_ukElectricity2024And2025() {
    assertThat(
            grams(
                calculate(GwpSet.AR5, "s2.electricity", 100_000, "kWh", "GB", "2024-06", null),
                Scope2Method.LOCATION))
        .isEqualTo(20_705_000L);
    assertThat(
            grams(
                calculate(GwpSet.AR5, "s2.electricity", 100_000, "kWh", "GB", "2025-06", null),
                Scope2Method.LOCATION))
        .isEqualTo(17_700_000L);
  }

  /**
   * AC3 (published): ITPEnergised, DESNZ 2023 generation 0.20707 + T&D 0.01792 = 0.22499 kg/kWh.
   */
  @Test
  void ac3_ukElectricityGenerationPlusTransmissionAndDistribution2023() {
    long generation =
        grams(
            calculate(GwpSet.AR5, "s2.electricity", 100_000, "kWh", "GB", "2023-06", null),
            Scope2Method.LOCATION);
    long losses =
        grams(
            calculate(GwpSet.AR5, "s3.c3.td_losses", 100_000, "kWh", "GB", "2023-06", null),
            Scope2Method.NOT_APPLICABLE);
    assertThat((generation + losses) / 1000.0 / 100_000).isEqualTo(0.22499);
  }

  /** AC4 (published): Chinese default parameters, natural gas 2.1622 kg CO2/m3 (+/-0.0001). */
  @Test
  void ac4_chinaNaturalGasPerCubicMetre() {
    long g =
        grams(
            calculate(
                GwpSet.AR5,
                "s1.stationary.commercial_institutional.natural_gas",
                10_000,
                "m3",
                "CN-ZJ",
                "2024-01",
                null),
            Scope2Method.NOT_APPLICABLE);
    assertThat(g / 1000.0 / 10_000).isCloseTo(2.1622, within(0.0001));
  }

  /** AC5 (published): Chinese default parameters, diesel 3.0959 kg CO2/kg (+/-0.0001). */
  @Test
  void ac5_chinaDieselPerKilogram() {
    long g =
        grams(
            calculate(
                GwpSet.AR5,
                "s1.stationary.commercial_institutional.gas_diesel_oil",
                10_000,
                "kg",
                "CN",
                "2024-01",
                null),
            Scope2Method.NOT_APPLICABLE);
    assertThat(g / 1000.0 / 10_000).isCloseTo(3.0959, within(0.0001));
  }

  /**
   * AC6 (published): US EIA FAQ, 1.53 billion t CO2 / 4.18 trillion kWh = 0.81 lb/kWh (+/-0.01).
   */
  @Test
  void ac6_usGridIntensityInPoundsPerKilowattHour() {
    double kgPerKwh =
        1.53e9 * UnitSymbols.of("t").conversionFactorTo(UnitSymbols.of("kg")) / 4.18e12;
    double lbPerKwh = kgPerKwh * UnitSymbols.of("kg").conversionFactorTo(UnitSymbols.of("lb"));
    assertThat(lbPerKwh).isCloseTo(0.81, within(0.01));
  }

  /** AC7 (derived): IPCC 2006 Tier 1, 1 TJ natural gas in energy industries, AR5: 56,154.5 kg. */
  @Test
  void ac7_naturalGasEnergyIndustriesAr5() {
    assertThat(
            grams(
                calculate(
                    GwpSet.AR5,
                    "s1.stationary.energy_industries.natural_gas",
                    1,
                    "TJ NCV",
                    "GB",
                    "2024-01",
                    null),
                Scope2Method.NOT_APPLICABLE))
        .isEqualTo(56_154_500L);
  }

  /**
   * AC8 (derived): IPCC 2006, 1 t gas/diesel oil in a commercial boiler, AR6 fossil CH4: 3,206.15
   * kg.
   */
  @Test
  void ac8_dieselCommercialBoilerAr6() {
    List<ResultLine> lines =
        calculate(
            GwpSet.AR6,
            "s1.stationary.commercial_institutional.gas_diesel_oil",
            1,
            "t",
            "GB",
            "2024-01",
            null);
    assertThat(grams(lines, Scope2Method.NOT_APPLICABLE) / 1000.0).isCloseTo(3206.15, within(0.01));
    assertThat(lines.get(0).co2eGrams()).isEqualTo(3_186_300L);
  }

  /** AC9 (derived): 10 kg R-410A: 20.88 t (AR4), 19.24 t (AR5). */
  @Test
  void ac9_refrigerantLeakR410a() {
    assertThat(
            grams(
                calculate(GwpSet.AR4, "s1.refrigerant.purchased", 10, "kg", "CN", "2024", "R-410A"),
                Scope2Method.NOT_APPLICABLE))
        .isEqualTo(20_880_000L);
    assertThat(
            grams(
                calculate(GwpSet.AR5, "s1.refrigerant.purchased", 10, "kg", "CN", "2024", "R-410A"),
                Scope2Method.NOT_APPLICABLE))
        .isEqualTo(19_240_000L);
  }

  /** AC10 (derived): MEE/NBS 2023 national average 0.5306: 1,000 MWh = 530.6 t CO2. */
  @Test
  void ac10_chinaElectricity2023() {
    List<ResultLine> lines =
        calculate(GwpSet.AR5, "s2.electricity", 1000, "MWh", "CN", "2023-06", null);
    assertThat(grams(lines, Scope2Method.LOCATION)).isEqualTo(530_600_000L);
    assertThat(lines.get(0).factor().citation().verification().isWeak())
        .as("MEE/NBS values come from press reports")
        .isTrue();
  }

  /** AC11 (published): blend GWPs from ASHRAE 34 compositions reproduce the GHG Protocol tool. */
  @Test
  void ac11_blendGwps() {
    String[] blends = {"R-404A", "R-407C", "R-410A", "R-507A"};
    double[] ar4 = {3922, 1774, 2088, 3985};
    double[] ar5 = {3943, 1624, 1924, 3985};
    for (int i = 0; i < blends.length; i++) {
      assertThat(DATA.gwps().gwp(blends[i], GwpSet.AR4, Origin.FOSSIL).orElseThrow().value())
          .isCloseTo(ar4[i], within(1.0));
      assertThat(DATA.gwps().gwp(blends[i], GwpSet.AR5, Origin.FOSSIL).orElseThrow().value())
          .isCloseTo(ar5[i], within(1.0));
    }
  }
}

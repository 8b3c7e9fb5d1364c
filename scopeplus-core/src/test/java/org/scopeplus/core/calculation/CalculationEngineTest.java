package org.scopeplus.core.calculation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.scopeplus.core.Fixtures.electricity;
import static org.scopeplus.core.Fixtures.factor;
import static org.scopeplus.core.Fixtures.fuel;
import static org.scopeplus.core.Fixtures.release;
import static org.scopeplus.core.Fixtures.type;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.scopeplus.core.Fixtures;
import org.scopeplus.core.activity.ActivityRecord;
import org.scopeplus.core.activity.Period;
import org.scopeplus.core.factor.EmissionFactor;
import org.scopeplus.core.factor.FactorType;
import org.scopeplus.core.gas.GwpSet;
import org.scopeplus.core.gas.Origin;
import org.scopeplus.core.quantity.QuantityKind;
import org.scopeplus.core.quantity.UnitSymbols;

/**
 * Hand calculations for each calculation method, with the reference values named. Expected values
 * are worked out by hand in the comments, independently of the engine.
 */
class CalculationEngineTest {

  // IPCC 2006 Vol.2 Table 1.2/1.4 and Table 2.2: natural gas, energy industries: 56,100 / 1 / 0.1
  // kg per TJ, NCV 48 GJ/t
  private static final EmissionFactor GAS_ENERGY =
      fuel(
          "ng.ei",
          "fuel.natural_gas.energy_industries",
          "GLOBAL",
          2006,
          2099,
          "TJ",
          FactorType.DIRECT_COMBUSTION,
          Origin.FOSSIL,
          48.0,
          Double.NaN,
          "CO2",
          56100,
          "CH4",
          1,
          "N2O",
          0.1);
  // IPCC 2006 Table 1.2/1.4 and Table 2.4: gas/diesel oil, commercial/institutional: 74,100 / 10 /
  // 0.6 kg per TJ, NCV 43 GJ/t
  private static final EmissionFactor DIESEL_COMMERCIAL =
      fuel(
          "diesel.ci",
          "fuel.gas_diesel_oil.commercial_institutional",
          "GLOBAL",
          2006,
          2099,
          "TJ",
          FactorType.DIRECT_COMBUSTION,
          Origin.FOSSIL,
          43.0,
          Double.NaN,
          "CO2",
          74100,
          "CH4",
          10,
          "N2O",
          0.6);
  // MEE/NBS 2023 national average 0.5306 kgCO2/kWh (grid_factors.csv)
  private static final EmissionFactor CN_2023 =
      factor(
          "cn.2023",
          "grid.location",
          "CN",
          2023,
          2023,
          "kWh",
          FactorType.GRID_AVERAGE,
          "CO2",
          0.5306);
  // MEE/NBS 2022 national average excluding market-traded non-fossil power 0.5856 kgCO2/kWh
  private static final EmissionFactor CN_RESIDUAL_2022 =
      factor(
          "cn.rm.2022",
          "grid.residual_mix",
          "CN",
          2022,
          2022,
          "kWh",
          FactorType.RESIDUAL_MIX,
          "CO2",
          0.5856);
  private static final EmissionFactor CN_2022 =
      factor(
          "cn.2022",
          "grid.location",
          "CN",
          2022,
          2022,
          "kWh",
          FactorType.GRID_AVERAGE,
          "CO2",
          0.5366);
  // DESNZ 2023 UK electricity generation 0.20707 and T&D 0.01792 kgCO2e/kWh (AC3)
  private static final EmissionFactor UK_2023 =
      factor(
          "uk.2023",
          "grid.location",
          "GB",
          2023,
          2023,
          "kWh",
          FactorType.GRID_AVERAGE,
          "CO2e",
          0.20707);
  private static final EmissionFactor UK_TD_2023 =
      factor(
          "uk.td.2023",
          "grid.td_losses",
          "GB",
          2023,
          2023,
          "kWh",
          FactorType.TRANSMISSION_DISTRIBUTION,
          "CO2e",
          0.01792);
  private static final EmissionFactor RELEASE =
      factor(
          "release",
          "gas_release.measured",
          "GLOBAL",
          1990,
          2099,
          "kg",
          FactorType.GAS_RELEASE,
          "SUBSTANCE",
          1.0);
  private static final EmissionFactor WOOD =
      fuel(
          "wood",
          "fuel.wood.commercial_institutional",
          "GLOBAL",
          2006,
          2099,
          "TJ",
          FactorType.DIRECT_COMBUSTION,
          Origin.BIOGENIC,
          15.6,
          Double.NaN,
          "CO2",
          112000,
          "CH4",
          300,
          "N2O",
          4);

  private static final List<org.scopeplus.core.activity.ActivityType> TYPES =
      List.of(
          type(
              "s1.gas.ei",
              1,
              0,
              "fuel.natural_gas.energy_industries",
              QuantityKind.ENERGY,
              QuantityKind.MASS,
              QuantityKind.VOLUME),
          type(
              "s1.diesel.ci",
              1,
              0,
              "fuel.gas_diesel_oil.commercial_institutional",
              QuantityKind.ENERGY,
              QuantityKind.MASS,
              QuantityKind.VOLUME),
          type("s1.wood.ci", 1, 0, "fuel.wood.commercial_institutional", QuantityKind.MASS),
          electricity("s2.electricity", "grid.location", "grid.residual_mix|grid.location"),
          type("s3.c3.td", 3, 3, "grid.td_losses", QuantityKind.ENERGY),
          release("s1.refrigerant.purchased", "gas_release.measured", 1, false),
          release("s1.refrigerant.sold", "gas_release.measured", -1, false),
          type("s3.c1.spend", 3, 1, "spend.paper", QuantityKind.SPEND));

  private static CalculationEngine engine(GwpSet set) {
    return Fixtures.engine(
        TYPES,
        List.of(
            GAS_ENERGY,
            DIESEL_COMMERCIAL,
            CN_2022,
            CN_2023,
            CN_RESIDUAL_2022,
            UK_2023,
            UK_TD_2023,
            RELEASE,
            WOOD),
        CalculationOptions.defaults().withGwpSet(set));
  }

  private static ActivityRecord record(
      String type, double qty, String unit, String region, String period) {
    return ActivityRecord.of(
        "r1",
        "Group/Unit",
        "Site",
        Period.parse(period).orElseThrow(),
        type,
        qty,
        UnitSymbols.of(unit),
        region);
  }

  private static List<ResultLine> lines(CalculationEngine engine, ActivityRecord r) {
    List<ResultLine> out = new ArrayList<>();
    CalculationOutcome outcome = engine.calculate(r, out::add);
    assertThat(outcome).isInstanceOf(CalculationOutcome.Calculated.class);
    return out;
  }

  private static long co2e(List<ResultLine> lines, Scope2Method method) {
    return lines.stream().filter(l -> l.method() == method).mapToLong(ResultLine::co2eGrams).sum();
  }

  @Test
  void ac7NaturalGasInEnergyIndustriesAr5() {
    // AC7: 1 TJ x (56,100 + 1 x 28 + 0.1 x 265) = 56,154.5 kg CO2e
    List<ResultLine> l =
        lines(engine(GwpSet.AR5), record("s1.gas.ei", 1, "TJ NCV", "CN", "2024-01"));
    assertThat(l).extracting(x -> x.gas().id()).containsExactly("CO2", "CH4", "N2O");
    assertThat(l).extracting(ResultLine::co2eGrams).containsExactly(56_100_000L, 28_000L, 26_500L);
    assertThat(co2e(l, Scope2Method.NOT_APPLICABLE)).isEqualTo(56_154_500L);
    assertThat(l.get(1).gasGrams()).isEqualTo(1_000L);
  }

  @Test
  void ac8DieselByMassInACommercialBoilerAr6UsesFossilMethane() {
    // AC8: 1 t x 43 GJ/t = 0.043 TJ; 0.043 x (74,100 + 10 x 29.8 + 0.6 x 273) = 3,206.1574 kg
    // CO2 3,186.3 kg; CH4 0.43 kg x 29.8 = 12.814 kg; N2O 0.0258 kg x 273 = 7.0434 kg
    List<ResultLine> l = lines(engine(GwpSet.AR6), record("s1.diesel.ci", 1, "t", "GB", "2024"));
    assertThat(l).extracting(ResultLine::co2eGrams).containsExactly(3_186_300L, 12_814L, 7_043L);
    assertThat(co2e(l, Scope2Method.NOT_APPLICABLE)).isEqualTo(3_206_157L);
    assertThat(l.get(0).conversion()).contains("heat content 43.0 GJ/t (factor default)");
    assertThat(l.get(1).gwp()).isEqualTo(29.8);
  }

  @Test
  void anEngineWithoutConversionTextLeavesTheTextNullAndTheNumbersAsTheyAre() {
    // AC8's record (1 t x 43 GJ/t = 0.043 TJ): the same grams and quantity, no sentence
    ActivityRecord r = record("s1.diesel.ci", 1, "t", "GB", "2024");
    List<ResultLine> described = lines(engine(GwpSet.AR6), r);
    List<ResultLine> undescribed = lines(engine(GwpSet.AR6).withoutConversionText(), r);
    assertThat(undescribed)
        .extracting(ResultLine::co2eGrams)
        .containsExactly(3_186_300L, 12_814L, 7_043L);
    assertThat(undescribed)
        .extracting(ResultLine::quantity)
        .containsExactlyElementsOf(described.stream().map(ResultLine::quantity).toList());
    assertThat(undescribed.get(0).quantity())
        .isCloseTo(0.043, org.assertj.core.data.Offset.offset(1e-15));
    assertThat(undescribed).extracting(ResultLine::conversion).containsOnlyNulls();
    assertThat(described).extracting(ResultLine::conversion).doesNotContainNull();
    // a quantity already in the factor's unit: "" when described, null when not
    ActivityRecord tj = record("s1.gas.ei", 1, "TJ NCV", "CN", "2024-01");
    assertThat(lines(engine(GwpSet.AR5), tj)).extracting(ResultLine::conversion).containsOnly("");
    assertThat(lines(engine(GwpSet.AR5).withoutConversionText(), tj))
        .extracting(ResultLine::conversion)
        .containsOnlyNulls();
    // a conversion that cannot be made is refused the same way by both
    ActivityRecord litres = record("s1.diesel.ci", 1000, "L", "GB", "2024");
    assertThat(engine(GwpSet.AR5).withoutConversionText().calculate(litres, line -> {}))
        .isEqualTo(engine(GwpSet.AR5).calculate(litres, line -> {}));
  }

  @Test
  void aRecordsOwnHeatContentAndDensityOverrideTheDefaults() {
    // 1,000 L diesel, density 840 kg/m3, heat content 42.652 GJ/t (CN guideline NCV, AC5):
    // 1 m3 x 840 kg/m3 = 0.84 t; x 42.652 GJ/t = 35.82768 GJ = 0.03582768 TJ; CO2 = x 74,100 =
    // 2,654.831088 kg
    ActivityRecord r =
        record("s1.diesel.ci", 1000, "L", "GB", "2024").withHeatContentAndDensity(42.652, 840);
    List<ResultLine> l = lines(engine(GwpSet.AR5), r);
    assertThat(l.get(0).co2eGrams()).isEqualTo(2_654_831L);
    assertThat(l.get(0).conversion())
        .contains("density 840.0 kg/m3 (record)")
        .contains("heat content 42.652 GJ/t (record)");
  }

  @Test
  void aVolumeWithoutDensityIsRefusedWithAHint() {
    CalculationOutcome outcome =
        engine(GwpSet.AR5).calculate(record("s1.diesel.ci", 1000, "L", "GB", "2024"), line -> {});
    assertThat(outcome).isInstanceOf(CalculationOutcome.Refused.class);
    assertThat(((CalculationOutcome.Refused) outcome).problem().message())
        .isEqualTo(
            "cannot apply factor diesel.ci (per TJ, energy) to a quantity in L (volume); give the fuel's density (density_kg_per_m3) and heat content (heat_content_gj_per_t)");
  }

  @Test
  void ac10ChinaElectricityLocationBased() {
    // AC10: 1,000 MWh x 0.5306 t/MWh = 530.6 t CO2
    List<ResultLine> l =
        lines(engine(GwpSet.AR5), record("s2.electricity", 1000, "MWh", "CN", "2023-06"));
    assertThat(co2e(l, Scope2Method.LOCATION)).isEqualTo(530_600_000L);
    assertThat(l.get(0).factorNote()).contains("region CN matched").contains("covers 2023-06");
  }

  @Test
  void marketBasedUsesTheResidualMixThenFallsBackToLocation() {
    // 2022: residual-mix style factor 0.5856 (MEE/NBS, excluding market-traded non-fossil): 1,000
    // MWh -> 585.6 t
    List<ResultLine> l2022 =
        lines(engine(GwpSet.AR5), record("s2.electricity", 1000, "MWh", "CN", "2022-06"));
    assertThat(co2e(l2022, Scope2Method.LOCATION)).isEqualTo(536_600_000L);
    assertThat(co2e(l2022, Scope2Method.MARKET)).isEqualTo(585_600_000L);
    // The residual mix is only published for 2022 here; for 2023 the latest vintage is used and
    // said so.
    List<ResultLine> l2023 =
        lines(engine(GwpSet.AR5), record("s2.electricity", 1000, "MWh", "CN", "2023-06"));
    assertThat(co2e(l2023, Scope2Method.MARKET)).isEqualTo(585_600_000L);
    assertThat(
            l2023.stream()
                .filter(x -> x.method() == Scope2Method.MARKET)
                .findFirst()
                .orElseThrow()
                .factorNote())
        .contains("latest available vintage");
    // In GB there is no residual mix at all: the location-based factor is used as a proxy.
    List<ResultLine> uk =
        lines(engine(GwpSet.AR5), record("s2.electricity", 100_000, "kWh", "GB", "2023-06"));
    ResultLine market =
        uk.stream().filter(x -> x.method() == Scope2Method.MARKET).findFirst().orElseThrow();
    assertThat(market.co2eGrams()).isEqualTo(20_707_000L);
    assertThat(market.factorNote()).contains("no 'grid.residual_mix' factor applies");
  }

  @Test
  void aContractualInstrumentZeroesTheMarketBasedLineOnly() {
    ActivityRecord r =
        record("s2.electricity", 1000, "MWh", "CN", "2023-06")
            .withSupplierFactor(Double.NaN, null, "GEC-2023-000123");
    List<ResultLine> l = lines(engine(GwpSet.AR5), r);
    assertThat(co2e(l, Scope2Method.LOCATION)).isEqualTo(530_600_000L);
    assertThat(co2e(l, Scope2Method.MARKET)).isZero();
    assertThat(l)
        .filteredOn(x -> x.method() == Scope2Method.MARKET)
        .singleElement()
        .extracting(ResultLine::factorNote)
        .asString()
        .contains("GEC-2023-000123");
  }

  @Test
  void aSupplierFactorAppliesToTheMarketBasedMethod() {
    // Supplier-specific 0.3 kg CO2e/kWh: 1,000 MWh = 1,000,000 kWh x 0.3 = 300 t
    ActivityRecord r =
        record("s2.electricity", 1000, "MWh", "CN", "2023-06")
            .withSupplierFactor(0.3, UnitSymbols.of("kWh"), "");
    List<ResultLine> l = lines(engine(GwpSet.AR5), r);
    assertThat(co2e(l, Scope2Method.LOCATION)).isEqualTo(530_600_000L);
    assertThat(co2e(l, Scope2Method.MARKET)).isEqualTo(300_000_000L);
  }

  @Test
  void aSupplierFactorPerUnitOfAnotherKindIsRefusedNamingBothUnits() {
    // a supplier factor per t (mass) cannot apply to 1,000 MWh (energy) without a heat content
    ActivityRecord r =
        record("s2.electricity", 1000, "MWh", "CN", "2023-06")
            .withSupplierFactor(0.3, UnitSymbols.of("t"), "");
    CalculationOutcome outcome = engine(GwpSet.AR5).calculate(r, line -> {});
    assertThat(outcome).isInstanceOf(CalculationOutcome.Refused.class);
    assertThat(((CalculationOutcome.Refused) outcome).problem().column()).isEqualTo("unit");
    assertThat(((CalculationOutcome.Refused) outcome).problem().message())
        .isEqualTo(
            "cannot apply the supplier factor (per t, mass) to a quantity in MWh (energy); give"
                + " the fuel's heat content (heat_content_gj_per_t)");
  }

  @Test
  void ac2AndAc3UkElectricityWithTransmissionAndDistributionLosses() {
    // AC3: generation 0.20707 + T&D 0.01792 = 0.22499 kg CO2e/kWh; for 100,000 kWh: 20,707 + 1,792
    // = 22,499 kg
    CalculationEngine e = engine(GwpSet.AR5);
    long s2 =
        co2e(
            lines(e, record("s2.electricity", 100_000, "kWh", "GB", "2023-03")),
            Scope2Method.LOCATION);
    long c3 =
        co2e(
            lines(e, record("s3.c3.td", 100_000, "kWh", "GB", "2023-03")),
            Scope2Method.NOT_APPLICABLE);
    assertThat(s2).isEqualTo(20_707_000L);
    assertThat(c3).isEqualTo(1_792_000L);
    assertThat((s2 + c3) / 1000.0 / 100_000).isEqualTo(0.22499);
  }

  @Test
  void ac9RefrigerantLeakAr4AndAr5() {
    // AC9: 10 kg R-410A x 2,088 (AR4) = 20.88 t; x 1,924 (AR5) = 19.24 t
    ActivityRecord r =
        record("s1.refrigerant.purchased", 10, "kg", "CN", "2024").withSubstance("R-410A");
    assertThat(co2e(lines(engine(GwpSet.AR4), r), Scope2Method.NOT_APPLICABLE))
        .isEqualTo(20_880_000L);
    assertThat(co2e(lines(engine(GwpSet.AR5), r), Scope2Method.NOT_APPLICABLE))
        .isEqualTo(19_240_000L);
  }

  @Test
  void massBalanceTermsThatAreSubtractedCarryANegativeSign() {
    // GHG Protocol mass balance: purchases 10 kg - sold/disposed 4 kg = 6 kg R-410A x 1,924 (AR5) =
    // 11,544 kg
    CalculationEngine e = engine(GwpSet.AR5);
    long bought =
        co2e(
            lines(
                e,
                record("s1.refrigerant.purchased", 10, "kg", "CN", "2024").withSubstance("R-410A")),
            Scope2Method.NOT_APPLICABLE);
    long sold =
        co2e(
            lines(e, record("s1.refrigerant.sold", 4, "kg", "CN", "2024").withSubstance("R-410A")),
            Scope2Method.NOT_APPLICABLE);
    assertThat(bought + sold).isEqualTo(11_544_000L);
    assertThat(sold).isEqualTo(-7_696_000L);
  }

  @Test
  void montrealGasesAreCalculatedAsMemoItems() {
    // 1 kg HCFC-22 x 1,760 (AR5) = 1,760 kg, in the Montreal memo group
    List<ResultLine> l =
        lines(
            engine(GwpSet.AR5),
            record("s1.refrigerant.purchased", 1, "kg", "CN", "2024").withSubstance("HCFC-22"));
    assertThat(l)
        .singleElement()
        .satisfies(
            x -> {
              assertThat(x.co2eGrams()).isEqualTo(1_760_000L);
              assertThat(x.gas().group().inTotals()).isFalse();
            });
  }

  @Test
  void biogenicCo2IsMarkedAndItsMethaneTakesTheNonFossilGwp() {
    // 1 t wood x 15.6 GJ/t = 0.0156 TJ: CO2 1,747.2 kg biogenic; CH4 4.68 kg x 27.0 (AR6
    // non-fossil) = 126.36 kg
    List<ResultLine> l = lines(engine(GwpSet.AR6), record("s1.wood.ci", 1, "t", "CN", "2024"));
    assertThat(l.get(0).biogenic()).isTrue();
    assertThat(l.get(0).co2eGrams()).isEqualTo(1_747_200L);
    assertThat(l.get(1).biogenic()).isFalse();
    assertThat(l.get(1).co2eGrams()).isEqualTo(126_360L);
  }

  @Test
  void aProvinceResolvesThroughItsRegionalGridToTheCountry() {
    List<ResultLine> l =
        lines(engine(GwpSet.AR5), record("s2.electricity", 1, "MWh", "CN-GD", "2023-01"));
    assertThat(l.get(0).factor().id()).isEqualTo("cn.2023");
    assertThat(l.get(0).factorNote())
        .contains("no factor for CN-GD, CN-GRID-SOUTH; region CN used");
  }

  @Test
  void aRegionWithoutAnyFactorIsRefusedNamingWhatWasSearched() {
    CalculationOutcome outcome =
        engine(GwpSet.AR5)
            .calculate(record("s2.electricity", 1, "MWh", "SG", "2023-01"), line -> {});
    assertThat(((CalculationOutcome.Refused) outcome).problem().message())
        .contains("no factor for 'grid.location' in region SG > GLOBAL");
  }

  @Test
  void aUnitOfTheWrongDimensionIsRefused() {
    CalculationOutcome outcome =
        engine(GwpSet.AR5)
            .calculate(record("s2.electricity", 5, "kg", "CN", "2023-01"), line -> {});
    assertThat(((CalculationOutcome.Refused) outcome).problem())
        .satisfies(
            p -> {
              assertThat(p.column()).isEqualTo("unit");
              assertThat(p.message())
                  .isEqualTo(
                      "unit kg measures mass, but activity type s2.electricity expects energy");
            });
  }

  @Test
  void roundingIsHalfEvenOncePerLine() {
    // 2,500 MJ = 0.0025 TJ x 1 kg CH4/TJ = 0.0025 kg = 2.5 g CH4 -> rounds to 2 g (half-even), CO2e
    // 2.5 x
    // 28 = 70 g
    List<ResultLine> l =
        lines(engine(GwpSet.AR5), record("s1.gas.ei", 2500, "MJ NCV", "CN", "2024-01"));
    assertThat(l.get(1).gasGrams()).isEqualTo(2L);
    assertThat(l.get(1).co2eGrams()).isEqualTo(70L);
  }

  @Test
  void theFormulaNamesEveryNumber() {
    List<ResultLine> l =
        lines(engine(GwpSet.AR5), record("s2.electricity", 1000, "MWh", "CN", "2023-06"));
    assertThat(l.get(0).formula())
        .isEqualTo("1000000 kWh x 0.5306 kg CO2/kWh x GWP 1 x 1000 g/kg = 530600000 g CO2e");
  }

  @Test
  void aNationalFactorThatCannotTakeTheUnitGivesWayToTheNextRegion() {
    // China guideline natural gas is per m3 (AC4: 2.1622 kg/m3); a quantity in TJ cannot use it,
    // so the IPCC default (per TJ, GLOBAL) applies: 1 TJ x 56,100 kg CO2 = 56,100 kg
    EmissionFactor cnGas =
        factor(
            "cn.gas",
            "fuel.natural_gas.energy_industries",
            "CN",
            2000,
            2099,
            "m3",
            FactorType.DIRECT_COMBUSTION,
            "CO2",
            2.1622);
    CalculationEngine e =
        Fixtures.engine(TYPES, List.of(GAS_ENERGY, cnGas), CalculationOptions.defaults());
    List<ResultLine> inTj = lines(e, record("s1.gas.ei", 1, "TJ NCV", "CN", "2024-01"));
    assertThat(inTj.get(0).factor().id()).isEqualTo("ng.ei");
    assertThat(inTj.get(0).co2eGrams()).isEqualTo(56_100_000L);
    assertThat(inTj.get(0).factorNote())
        .contains("factor cn.gas (per m3) cannot take a quantity in TJ");
    // 1,000 m3 in China uses the guideline factor: 2,162.2 kg
    List<ResultLine> inM3 = lines(e, record("s1.gas.ei", 1000, "m3", "CN", "2024-01"));
    assertThat(inM3).singleElement().extracting(ResultLine::co2eGrams).isEqualTo(2_162_200L);
  }
}

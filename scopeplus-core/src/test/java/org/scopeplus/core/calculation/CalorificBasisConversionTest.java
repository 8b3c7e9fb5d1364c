package org.scopeplus.core.calculation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.scopeplus.core.Fixtures.fuel;
import static org.scopeplus.core.Fixtures.type;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.scopeplus.core.Fixtures;
import org.scopeplus.core.activity.ActivityRecord;
import org.scopeplus.core.activity.ActivityType;
import org.scopeplus.core.activity.Period;
import org.scopeplus.core.factor.CalorificBasis;
import org.scopeplus.core.factor.CalorificRatio;
import org.scopeplus.core.factor.EmissionFactor;
import org.scopeplus.core.factor.FactorType;
import org.scopeplus.core.factor.GasRate;
import org.scopeplus.core.gas.GwpSet;
import org.scopeplus.core.gas.Origin;
import org.scopeplus.core.problem.Problem;
import org.scopeplus.core.quantity.QuantityKind;
import org.scopeplus.core.quantity.UnitSymbols;

/**
 * Energy counted on one calorific basis meets a factor on the other: the IPCC 2006 Vol. 2 Ch. 1
 * default NCV/GCV ratios (0.95 coal and oil, 0.90 natural gas) convert it, the trace shows the
 * step, and a basis nobody stated is refused. Expected values are worked out by hand in the
 * comments (exact decimal arithmetic).
 */
class CalorificBasisConversionTest {

  // IPCC 2006 Vol. 2 Table 1.4 / Table 2.2: natural gas 56,100 kg CO2, 1 kg CH4, 0.1 kg N2O per TJ
  // (net)
  private static final EmissionFactor GAS_NET =
      fuel(
          "ipcc.ng",
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

  // US EPA GHG Emission Factors Hub, Table 1: natural gas 53.06 kg CO2 per MMBtu (gross, HHV)
  private static final EmissionFactor GAS_GROSS_US =
      gross("epa.ng", "fuel.natural_gas.energy_industries", "US", Double.NaN, "CO2", 53.06);

  // a biogas factor on the gross basis: IPCC gives no default NCV/GCV ratio for biogas
  private static final EmissionFactor BIOGAS_GROSS =
      gross("biogas.gross", "fuel.other_biogas.energy_industries", "GLOBAL", Double.NaN, "CH4", 1);

  private static final List<ActivityType> TYPES =
      List.of(
          type(
              "s1.gas",
              1,
              0,
              "fuel.natural_gas.energy_industries",
              QuantityKind.ENERGY,
              QuantityKind.MASS),
          type("s1.biogas", 1, 0, "fuel.other_biogas.energy_industries", QuantityKind.ENERGY));

  private static CalculationEngine engine(EmissionFactor... factors) {
    return Fixtures.engine(
        TYPES, List.of(factors), CalculationOptions.defaults().withGwpSet(GwpSet.AR5));
  }

  private static EmissionFactor gross(
      String id, String key, String region, double ratio, String gas, double kgPerMmbtu) {
    return new EmissionFactor(
        id,
        key,
        region,
        LocalDate.of(2000, 1, 1),
        LocalDate.of(2099, 12, 31),
        List.of(new GasRate(gas, kgPerMmbtu)),
        UnitSymbols.of("MMBtu"),
        FactorType.DIRECT_COMBUSTION,
        CalorificBasis.GROSS,
        Origin.FOSSIL,
        Double.NaN,
        Double.NaN,
        ratio,
        null,
        Fixtures.citation(id));
  }

  private static ActivityRecord record(String type, double qty, String unit, String region) {
    return ActivityRecord.of(
        "r1",
        "Group/Unit",
        "Site",
        Period.parse("2024-01").orElseThrow(),
        type,
        qty,
        UnitSymbols.of(unit),
        region);
  }

  private static List<ResultLine> lines(CalculationEngine e, ActivityRecord r) {
    List<ResultLine> out = new ArrayList<>();
    CalculationOutcome outcome = e.calculate(r, out::add);
    assertThat(outcome).isInstanceOf(CalculationOutcome.Calculated.class);
    return out;
  }

  private static Problem refusal(CalculationEngine e, ActivityRecord r) {
    CalculationOutcome outcome = e.calculate(r, line -> {});
    assertThat(outcome).isInstanceOf(CalculationOutcome.Refused.class);
    return ((CalculationOutcome.Refused) outcome).problem();
  }

  @Test
  void grossMmbtuMeetsANetFactorThroughTheNaturalGasRatio() {
    // 100 MMBtu (gross by US convention) = 105.505585262 GJ = 0.105505585262 TJ gross;
    // x 0.90 = 0.0949550267358 TJ net; x 56,100 kg/TJ = 5,326.97699987838 kg -> 5,326,977 g CO2;
    // CH4 0.0949550267358 kg -> 95 g; N2O 0.00949550267358 kg -> 9 g (half-even)
    List<ResultLine> l = lines(engine(GAS_NET), record("s1.gas", 100, "MMBtu", "GB"));
    assertThat(l.get(0).gasGrams()).isEqualTo(5_326_977L);
    assertThat(l.get(1).gasGrams()).isEqualTo(95L);
    assertThat(l.get(2).gasGrams()).isEqualTo(9L);
    assertThat(l.get(0).conversion())
        .isEqualTo(
            "100.0 MMBtu = 0.105505585262 TJ gross x 0.9 (NCV/GCV, IPCC 2006 Vol. 2 Ch. 1"
                + " default for natural gas) = 0.0949550267358 TJ net");
  }

  @Test
  void netEnergyMeetsAGrossFactorByDividingByTheRatio() {
    // 1,000 GJ NCV = 947.8171203133172 MMBtu net; / 0.90 = 1,053.1301336814636 MMBtu gross;
    // x 53.06 kg/MMBtu = 55,879.0848931385 kg -> 55,879,085 g CO2
    List<ResultLine> l = lines(engine(GAS_GROSS_US), record("s1.gas", 1000, "GJ NCV", "US"));
    assertThat(l).singleElement().extracting(ResultLine::gasGrams).isEqualTo(55_879_085L);
    assertThat(l.get(0).conversion()).contains(" net / 0.9 (NCV/GCV, IPCC 2006 Vol. 2 Ch. 1");
  }

  @Test
  void energyOnTheFactorsBasisIsNotConverted() {
    // 1 TJ NCV x 56,100 kg/TJ = 56,100 kg; and 1 tce is net by GB/T 2589: 29.307 GJ =
    // 0.029307 TJ x 56,100 = 1,644.1227 kg -> 1,644,123 g
    assertThat(lines(engine(GAS_NET), record("s1.gas", 1, "TJ NCV", "GB")).get(0).gasGrams())
        .isEqualTo(56_100_000L);
    List<ResultLine> tce = lines(engine(GAS_NET), record("s1.gas", 1, "tce", "GB"));
    assertThat(tce.get(0).gasGrams()).isEqualTo(1_644_123L);
    assertThat(tce.get(0).conversion()).doesNotContain("NCV/GCV");
  }

  @Test
  void energyThatDoesNotSayItsBasisIsRefusedWithASentence() {
    Problem p = refusal(engine(GAS_NET), record("s1.gas", 1, "GJ", "GB"));
    assertThat(p.column()).isEqualTo("unit");
    assertThat(p.message())
        .contains("does not say whether it counts the fuel's net (NCV) or gross (GCV) energy")
        .contains("'GJ NCV' or 'GJ GCV'")
        .contains("factor ipcc.ng");
  }

  @Test
  void aFuelWithoutADefaultRatioIsRefusedUnlessItsFactorCarriesOne() {
    Problem p = refusal(engine(BIOGAS_GROSS), record("s1.biogas", 10, "GJ NCV", "GB"));
    assertThat(p.message()).contains("no NCV/GCV ratio is known for its fuel");
    // with its own ratio 0.9: 10 GJ NCV = 9.478171203133172 MMBtu net / 0.9 = 10.531301336814636
    // MMBtu gross x 1 kg CH4/MMBtu = 10.5313 kg -> 10,531 g CH4
    EmissionFactor own =
        gross("biogas.own", "fuel.other_biogas.energy_industries", "GLOBAL", 0.9, "CH4", 1);
    List<ResultLine> l = lines(engine(own), record("s1.biogas", 10, "GJ NCV", "GB"));
    assertThat(l.get(0).gasGrams()).isEqualTo(10_531L);
    assertThat(l.get(0).conversion()).contains("NCV/GCV ratio of factor biogas.own");
  }

  @Test
  void massBridgedByANetHeatContentMeetsAGrossFactor() {
    // 1 t at the record's heat content 48 GJ/t (net) = 48 GJ = 45.49522177503922 MMBtu net;
    // / 0.9 = 50.5502464167 MMBtu gross x 53.06 = 2,682.196075 kg -> 2,682,196 g
    ActivityRecord r = record("s1.gas", 1, "t", "US").withHeatContentAndDensity(48.0, Double.NaN);
    List<ResultLine> l = lines(engine(GAS_GROSS_US), r);
    assertThat(l.get(0).gasGrams()).isEqualTo(2_682_196L);
  }

  @Test
  void theIpccDefaultsAreReadFromTheFuelOfTheKey() {
    assertThat(CalorificRatio.defaultFor("fuel.natural_gas.commercial_institutional"))
        .hasValueSatisfying(r -> assertThat(r.value()).isEqualTo(0.90));
    assertThat(CalorificRatio.defaultFor("fuel.sub_bituminous_coal.energy_industries"))
        .hasValueSatisfying(r -> assertThat(r.value()).isEqualTo(0.95));
    assertThat(CalorificRatio.defaultFor("fuel.gas_diesel_oil.mobile_road"))
        .hasValueSatisfying(r -> assertThat(r.value()).isEqualTo(0.95));
    assertThat(CalorificRatio.defaultFor("fuel.wood_wood_waste.energy_industries")).isEmpty();
    assertThat(CalorificRatio.defaultFor("grid.location")).isEmpty();
  }

  @Test
  void theBasisOfAUnitIsItsLabelOrItsConvention() {
    assertThat(CalorificBasis.ofUnit(UnitSymbols.of("GJ (HHV)"))).isEqualTo(CalorificBasis.GROSS);
    assertThat(CalorificBasis.ofUnit(UnitSymbols.of("kWh lhv"))).isEqualTo(CalorificBasis.NET);
    assertThat(CalorificBasis.ofUnit(UnitSymbols.of("therm"))).isEqualTo(CalorificBasis.GROSS);
    assertThat(CalorificBasis.ofUnit(UnitSymbols.of("MMBtu NCV"))).isEqualTo(CalorificBasis.NET);
    assertThat(CalorificBasis.ofUnit(UnitSymbols.of("kgce"))).isEqualTo(CalorificBasis.NET);
    assertThat(CalorificBasis.ofUnit(UnitSymbols.of("TJ")))
        .isEqualTo(CalorificBasis.NOT_APPLICABLE);
    assertThat(CalorificBasis.ofUnit(UnitSymbols.of("m3")))
        .isEqualTo(CalorificBasis.NOT_APPLICABLE);
  }
}

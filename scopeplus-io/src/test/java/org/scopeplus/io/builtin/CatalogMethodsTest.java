package org.scopeplus.io.builtin;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.Test;
import org.scopeplus.core.activity.ActivityRecord;
import org.scopeplus.core.activity.Period;
import org.scopeplus.core.calculation.CalculationEngine;
import org.scopeplus.core.calculation.CalculationOptions;
import org.scopeplus.core.calculation.CalculationOutcome;
import org.scopeplus.core.calculation.ResultLine;
import org.scopeplus.core.calculation.Scope2Method;
import org.scopeplus.core.quantity.UnitSymbols;

/**
 * One independent hand calculation per method of the catalog, through the built-in factors. Each
 * expected value is worked out in the comment from the factor row it names (AR5 unless stated).
 */
class CatalogMethodsTest {

  private static final ReferenceData DATA = BuiltInReferenceData.load();
  private static final CalculationEngine ENGINE = DATA.engine(CalculationOptions.defaults());

  private static List<ResultLine> lines(
      String type,
      double qty,
      String unit,
      String region,
      String period,
      UnaryOperator<ActivityRecord> edit) {
    ActivityRecord r =
        edit.apply(
            ActivityRecord.of(
                "m",
                "Group",
                "",
                Period.parse(period).orElseThrow(),
                type,
                qty,
                UnitSymbols.of(unit),
                region));
    List<ResultLine> out = new ArrayList<>();
    CalculationOutcome outcome = ENGINE.calculate(r, out::add);
    assertThat(outcome)
        .as(String.valueOf(outcome))
        .isInstanceOf(CalculationOutcome.Calculated.class);
    return out;
  }

  private static long grams(String type, double qty, String unit, String region, String period) {
    return grams(lines(type, qty, unit, region, period, r -> r), Scope2Method.NOT_APPLICABLE);
  }

  private static long grams(List<ResultLine> lines, Scope2Method method) {
    return lines.stream().filter(l -> l.method() == method).mapToLong(ResultLine::co2eGrams).sum();
  }

  @Test
  void mobileCombustionFuelBased() {
    // ipcc2006.mobile_road.gas_diesel_oil: 1 t x 43 GJ/t = 0.043 TJ;
    // CO2 0.043 x 74,100 = 3,186.3 kg; CH4 0.043 x 3.9 = 0.1677 kg x 28 = 4.6956 kg; N2O 0.1677 kg
    // x 265 = 44.4405 kg
    assertThat(grams("s1.mobile.road.gas_diesel_oil", 1, "t", "GB", "2024-01"))
        .isEqualTo(3_186_300L + 4_696L + 44_441L);
  }

  @Test
  void mobileCombustionDistanceBased() {
    // oefdb.beis2021.vehicle.car_petrol: 0.17431 kg CO2e/km x 1,000 km = 174.31 kg
    assertThat(grams("s1.mobile.distance.car_petrol", 1000, "km", "GB", "2021-05"))
        .isEqualTo(174_310L);
  }

  @Test
  void refrigerantScreening() {
    // epa_sghg.leak_rate.chillers 15%/yr: 100 kg charge of HFC-134a x 0.15 x 1,300 (AR5) = 19,500
    // kg
    assertThat(
            grams(
                lines(
                    "s1.refrigerant.screening.chillers",
                    100,
                    "kg",
                    "CN",
                    "2024",
                    r -> r.withSubstance("HFC-134a")),
                Scope2Method.NOT_APPLICABLE))
        .isEqualTo(19_500_000L);
  }

  @Test
  void sf6Leakage() {
    // 2 kg SF6 x 23,500 (AR5) = 47,000 kg
    assertThat(grams("s1.sf6.leakage", 2, "kg", "CN", "2024")).isEqualTo(47_000_000L);
  }

  @Test
  void fireSuppressionDischarge() {
    // 10 kg HFC-227ea x 3,350 (AR5) = 33,500 kg
    assertThat(
            grams(
                lines(
                    "s1.fire_suppression.discharge",
                    10,
                    "kg",
                    "CN",
                    "2024",
                    r -> r.withSubstance("HFC-227ea")),
                Scope2Method.NOT_APPLICABLE))
        .isEqualTo(33_500_000L);
  }

  @Test
  void processRelease() {
    // 5 t CO2 measured from carbonate use = 5,000 kg
    assertThat(
            grams(
                lines("s1.process.release", 5, "t", "CN", "2024", r -> r.withSubstance("CO2")),
                Scope2Method.NOT_APPLICABLE))
        .isEqualTo(5_000_000L);
  }

  @Test
  void purchasedHeatAndSteam() {
    // oefdb.beis2021.heat.district 0.17073 kg CO2e/kWh x 10,000 kWh = 1,707.3 kg, both methods
    List<ResultLine> heat = lines("s2.heat", 10_000, "kWh", "CN", "2021-03", r -> r);
    assertThat(grams(heat, Scope2Method.LOCATION)).isEqualTo(1_707_300L);
    assertThat(grams(heat, Scope2Method.MARKET)).isEqualTo(1_707_300L);
    assertThat(grams(lines("s2.steam", 10, "MWh", "CN", "2021-03", r -> r), Scope2Method.LOCATION))
        .isEqualTo(1_707_300L);
  }

  @Test
  void supplierSpecific() {
    // Supplier reports 2.5 kg CO2e/kg of product: 500 kg -> 1,250 kg
    assertThat(
            grams(
                lines(
                    "s3.c1.supplier_specific",
                    500,
                    "kg",
                    "CN",
                    "2024",
                    r -> r.withSupplierFactor(2.5, null, "")),
                Scope2Method.NOT_APPLICABLE))
        .isEqualTo(1_250_000L);
  }

  @Test
  void spendBased() {
    // oefdb.epa2020.spend.computers_electronics (USEEIO, US): 0.488 kg CO2e per USD of 2018
    // x 10,000 USD of 2018 = 4,880 kg
    assertThat(grams("s3.c1.spend.computers_electronics", 10_000, "USD@2018", "US", "2020-06"))
        .isEqualTo(4_880_000L);
    // 10,000 USD spent in 2020 are deflated to 2018 dollars first (BLS CPI-U 251.107 / 258.811):
    // 9,702.331... USD of 2018 x 0.488 = 4,734.738 kg
    assertThat(grams("s3.c1.spend.computers_electronics", 10_000, "USD", "US", "2020-06"))
        .isEqualTo(4_734_738L);
  }

  @Test
  void spendInAYearWithoutAnExchangeRateIsRefused() {
    ActivityRecord r =
        ActivityRecord.of(
            "m",
            "Group",
            "",
            Period.parse("2024").orElseThrow(),
            "s3.c1.spend.computers_electronics",
            10_000,
            UnitSymbols.of("CNY"),
            "US");
    CalculationOutcome outcome = ENGINE.calculate(r, line -> {});
    assertThat(((CalculationOutcome.Refused) outcome).problem().message())
        .isEqualTo(
            "no 2024 exchange rate for CNY in table frb-g5a-annual-2017-2023; add the year's"
                + " average rate to the exchange-rate file, or give the amount in USD");
  }

  @Test
  void averageDataByMass() {
    // oefdb.beis2021.material.paper: 919.39628 kg CO2e/t x 2 t = 1,838.79256 kg
    assertThat(grams("s3.c1.mass.paper", 2, "t", "CN", "2021")).isEqualTo(1_838_793L);
  }

  @Test
  void freightByTonneKilometre() {
    // oefdb.beis2021.freight.rail: 0.02782 kg/t·km x 100,000 t·km = 2,782 kg
    assertThat(grams("s3.c4.freight.rail", 100_000, "t·km", "CN", "2021")).isEqualTo(2_782_000L);
  }

  @Test
  void businessTravelByPassengerKilometreAndHotelNights() {
    // oefdb.beis2021.passenger.rail_national: 0.03549 kg/p·km x 10,000 p·km = 354.9 kg
    assertThat(grams("s3.c6.rail_national", 10_000, "p·km", "CN", "2021")).isEqualTo(354_900L);
    // oefdb.beis2021.hotel.cn: 62.9 kg CO2e per room-night in China x 10 = 629 kg
    List<ResultLine> hotel = lines("s3.c6.hotel", 10, "room-night", "CN-GD", "2021-04", r -> r);
    assertThat(grams(hotel, Scope2Method.NOT_APPLICABLE)).isEqualTo(629_000L);
    assertThat(hotel.get(0).gwpSource()).contains("AR4 GWPs (run uses AR5; not restated)");
  }

  @Test
  void wasteByTreatment() {
    // oefdb.beis2021.waste.landfill.commercial_industrial: 467.046 kg/t x 3 t = 1,401.138 kg
    assertThat(grams("s3.c5.waste.landfill.commercial_industrial", 3, "t", "CN", "2021"))
        .isEqualTo(1_401_138L);
  }

  @Test
  void leasedAssetsAndFranchisesUseTheGridAndFuelFactors() {
    // MEE/NBS 2023 national 0.5306 kg/kWh x 1,000 MWh = 530.6 t (category 8, no Scope 2 split)
    assertThat(grams("s3.c8.electricity", 1000, "MWh", "CN", "2023-01")).isEqualTo(530_600_000L);
    // China guideline natural gas 2.162188809 kg/m3 x 1,000 m3 = 2,162.188809 kg (category 14)
    assertThat(grams("s3.c14.natural_gas", 1000, "m3", "CN", "2024-01")).isEqualTo(2_162_189L);
  }

  @Test
  void investmentsByEquityShare() {
    // Investee's Scope 1+2: 1,000 t CO2e x 25% equity = 250 t
    assertThat(
            grams(
                lines("s3.c15.equity_share", 1000, "t", "CN", "2024", r -> r.withShare(0.25)),
                Scope2Method.NOT_APPLICABLE))
        .isEqualTo(250_000_000L);
  }

  @Test
  void wellToTankOfFuels() {
    // oefdb.beis2021.wtt.fuel.diesel: 0.62874 kg CO2e/L x 1,000 L = 628.74 kg
    assertThat(grams("s3.c3.wtt.diesel", 1000, "L", "GB", "2021")).isEqualTo(628_740L);
  }

  @Test
  void biomassCombustionReportsBiogenicCo2Apart() {
    // ipcc2006.stationary.commercial_institutional.wood_wood_waste: 1 t x 15.6 GJ/t = 0.0156 TJ;
    // CO2 0.0156 x 112,000 = 1,747.2 kg (biogenic, outside the scopes);
    // CH4 0.0156 x 300 = 4.68 kg x 28 = 131.04 kg; N2O 0.0156 x 4 = 0.0624 kg x 265 = 16.536 kg
    // (Scope 1)
    List<ResultLine> l =
        lines(
            "s1.stationary.commercial_institutional.wood_wood_waste", 1, "t", "CN", "2024", r -> r);
    assertThat(l).extracting(ResultLine::biogenic).containsExactly(true, false, false);
    assertThat(l).extracting(ResultLine::co2eGrams).containsExactly(1_747_200L, 131_040L, 16_536L);
    assertThat(l.get(0).factor().citation().verification().isWeak()).isTrue();
  }

  @Test
  void purchasedCoolingUsesTheSuppliersFactorForBothMethods() {
    // District cooling supplier reports 0.12 kg CO2e per kWh of cooling: 50 MWh = 50,000 kWh x 0.12
    // = 6,000 kg
    List<ResultLine> l =
        lines(
            "s2.cooling",
            50,
            "MWh",
            "SG",
            "2024-07",
            r -> r.withSupplierFactor(0.12, UnitSymbols.of("kWh"), ""));
    assertThat(grams(l, Scope2Method.LOCATION)).isEqualTo(6_000_000L);
    assertThat(grams(l, Scope2Method.MARKET)).isEqualTo(6_000_000L);
  }
}

package org.scopeplus.io.builtin;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.scopeplus.core.activity.ActivityRecord;
import org.scopeplus.core.activity.Period;
import org.scopeplus.core.calculation.CalculationOptions;
import org.scopeplus.core.calculation.CalculationOutcome;
import org.scopeplus.core.calculation.ResultLine;
import org.scopeplus.core.calculation.Scope2Method;
import org.scopeplus.core.factor.Verification;
import org.scopeplus.core.gas.GwpSet;
import org.scopeplus.core.quantity.UnitSymbols;

/**
 * The US EPA GHG Emission Factors Hub tables beyond stationary combustion (Tables 2-7, 9 and 10 of
 * the 2021 and 2022 editions, as transcribed in the Climatiq OEFDB), each checked by hand through
 * the engine: gas grams = quantity x the row's published value, rounded half-even once. A record
 * takes the edition of its year; a year between two editions takes the nearest earlier one.
 */
class EpaHubTablesTest {

  private static final ReferenceData DATA = BuiltInReferenceData.load();

  /** Calculates one US record with AR5 GWPs, keeping the location-based lines. */
  static List<ResultLine> calculate(
      String type, double qty, String unit, String region, String period) {
    ActivityRecord r =
        ActivityRecord.of(
            "epa-" + type,
            "Group",
            "",
            Period.parse(period).orElseThrow(),
            type,
            qty,
            UnitSymbols.of(unit),
            region);
    List<ResultLine> lines = new ArrayList<>();
    CalculationOutcome outcome =
        DATA.engine(CalculationOptions.defaults().withGwpSet(GwpSet.AR5)).calculate(r, lines::add);
    assertThat(outcome).as(outcome.toString()).isInstanceOf(CalculationOutcome.Calculated.class);
    // Scope 2 gives a location-based and a market-based line per gas: keep the location-based
    return lines.stream().filter(l -> l.method() != Scope2Method.MARKET).toList();
  }

  static long grams(List<ResultLine> lines, String gas) {
    return lines.stream()
        .filter(l -> l.gas().id().equals(gas))
        .mapToLong(ResultLine::gasGrams)
        .sum();
  }

  @Test
  void electricityInAnEgridSubregionTakesTheSubregionsTable6Row() {
    // Hub 2022, Table 6, CAMX (WECC California), eGRID2020: 0.232902 kg CO2, 0.000015 kg CH4,
    // 0.000002 kg N2O per kWh. By hand: 1,000 MWh = 1,000,000 kWh x 0.232902 = 232,902 kg CO2;
    // x 0.000015 = 15 kg CH4; x 0.000002 = 2 kg N2O
    List<ResultLine> l = calculate("s2.electricity", 1000, "MWh", "US-CAMX", "2020-06");
    assertThat(grams(l, "CO2")).isEqualTo(232_902_000L);
    assertThat(grams(l, "CH4")).isEqualTo(15_000L);
    assertThat(grams(l, "N2O")).isEqualTo(2_000L);
    assertThat(l.get(0).factor().id()).isEqualTo("epa.hub2022.table6.camx");
    assertThat(l.get(0).factor().citation().table()).isEqualTo("Table 6 Electricity");
    assertThat(l.get(0).factor().citation().year()).isEqualTo("2022");
    assertThat(l.get(0).factor().citation().verification()).isEqualTo(Verification.SECONDARY);
  }

  @Test
  void theYearBeforeTakesThePreviousEditionsSubregionRow() {
    // Hub 2021, Table 6, CAMX, eGRID2019: 0.20557 kg CO2/kWh; 1,000 MWh x 0.20557 = 205,570 kg
    List<ResultLine> l = calculate("s2.electricity", 1000, "MWh", "US-CAMX", "2019-06");
    assertThat(grams(l, "CO2")).isEqualTo(205_570_000L);
    assertThat(l.get(0).factor().id()).isEqualTo("epa.hub2021.table6.camx");
    assertThat(l.get(0).factor().citation().year()).isEqualTo("2021");
  }

  @Test
  void aSubregionRecordAfterTheLatestVintageTakesTheNearestEarlierAndSaysSo() {
    // no CAMX row for 2024: the eGRID2023 row (Hub 2025, Table 6, CAMX: 436.655 lb CO2/MWh) is
    // the latest before it. By hand: 1,000 MWh x 436.655 lb x 0.45359237 kg/lb = 198,063.376 kg,
    // 198,063,376 g
    List<ResultLine> l = calculate("s2.electricity", 1000, "MWh", "US-CAMX", "2024-06");
    assertThat(grams(l, "CO2")).isEqualTo(198_063_376L);
    assertThat(l.get(0).factor().id()).isEqualTo("epa.hub2025.table6.camx");
    assertThat(l.get(0).factorNote()).contains("no factor valid for 2024-06, latest available");
  }

  @Test
  void eachEgridDataYearTakesTheUsAverageOfItsOwnVintage() {
    // US average rows: eGRID2020 (Hub 2022, valid 2020), eGRID2021 (Hub 2023, valid 2021) and
    // eGRID2022 (Hub 2024, valid 2022). A 2020 record takes the 2020 row: 1,000 MWh x 0.371173
    // kg/kWh = 371,173 kg CO2
    List<ResultLine> l2020 = calculate("s2.electricity", 1000, "MWh", "US", "2020-06");
    assertThat(grams(l2020, "CO2")).isEqualTo(371_173_000L);
    assertThat(l2020.get(0).factor().id()).isEqualTo("epa.hub2022.table6.us_average");
    // Hub 2023, Table 6, US Average (eGRID2021), cell E352: 852.3 lb CO2/MWh. A 2021 record takes
    // it, its own year: 1,000 MWh x 852.3 lb x 0.45359237 kg/lb = 386,596.776951 kg CO2
    List<ResultLine> l2021 = calculate("s2.electricity", 1000, "MWh", "US", "2021-06");
    assertThat(grams(l2021, "CO2")).isEqualTo(386_596_777L);
    assertThat(l2021.get(0).factor().id()).isEqualTo("epa.hub2023.table6.us_average");
    assertThat(l2021.get(0).factorNote()).doesNotContain("latest available vintage");
  }

  @Test
  void aUs2022RecordTakesTheHub2024UsAverage() {
    // Hub 2024, Table 6, US average (eGRID2022): 823.149 lb CO2/MWh. By hand: 1,000 MWh x 823.149
    // lb x 0.45359237 kg/lb = 373,374.106 kg (823,149 lb / 2,204.62 lb/t = 373.37 t)
    List<ResultLine> l = calculate("s2.electricity", 1000, "MWh", "US", "2022-06");
    assertThat(grams(l, "CO2")).isEqualTo(373_374_106L);
    assertThat(l.get(0).factor().id()).isEqualTo("egrid.us_average.us.2022");
  }

  @Test
  void subregionCodesAreRegionsUnderTheUnitedStates() {
    assertThat(DATA.regions().chain("US-ERCT")).containsExactly("US-ERCT", "US", "GLOBAL");
  }

  @Test
  void purchasedSteamInMmbtuTakesTable7() {
    // Hub 2022, Table 7, Steam and Heat: 66.33 kg CO2, 1.25 g CH4, 0.125 g N2O per MMBtu.
    // 1,000 MMBtu: 66,330 kg CO2; 1,250 g CH4; 125 g N2O
    List<ResultLine> l = calculate("s2.steam", 1000, "MMBtu", "US", "2022-06");
    assertThat(grams(l, "CO2")).isEqualTo(66_330_000L);
    assertThat(grams(l, "CH4")).isEqualTo(1_250L);
    assertThat(grams(l, "N2O")).isEqualTo(125L);
    assertThat(l.get(0).factor().citation().table()).isEqualTo("Table 7 Steam and Heat");
    // purchased heat takes the same row: 1,000 MMBtu x 66.33 kg = 66,330 kg CO2
    List<ResultLine> heat = calculate("s2.heat", 1000, "MMBtu", "US-NEWE", "2022-06");
    assertThat(grams(heat, "CO2")).isEqualTo(66_330_000L);
    assertThat(heat.get(0).factor().id()).isEqualTo("epa.hub2022.table7.heat");
    // steam bought outside the US keeps the BEIS 2021 factor
    List<ResultLine> gb = calculate("s2.steam", 1000, "MMBtu", "GB", "2022-06");
    assertThat(gb.get(0).factor().id()).isEqualTo("oefdb.beis2021.steam.district");
  }

  @Test
  void mobileDieselGallonsGiveTable2Co2() {
    // Hub 2022, Table 2, Diesel Fuel: 10.21 kg CO2 per gallon; 100 gal: 1,021 kg CO2, no CH4/N2O
    List<ResultLine> l = calculate("s1.mobile.us.fuel.diesel", 100, "gallons", "US", "2022-06");
    assertThat(grams(l, "CO2")).isEqualTo(1_021_000L);
    assertThat(l).hasSize(1);
  }

  @Test
  void gasolinePassengerCarMilesGiveTable3MethaneAndNitrousOxideByEdition() {
    // Hub 2022, Table 3, Gasoline Passenger Cars (2019 models): 0.0051 g CH4, 0.0015 g N2O per
    // mile; 100,000 vehicle-miles: 510 g CH4, 150 g N2O
    List<ResultLine> l2022 =
        calculate(
            "s1.mobile.us.onroad.gasoline_passenger_cars",
            100_000,
            "vehicle-miles",
            "US",
            "2022-06");
    assertThat(grams(l2022, "CH4")).isEqualTo(510L);
    assertThat(grams(l2022, "N2O")).isEqualTo(150L);
    assertThat(grams(l2022, "CO2")).isZero();
    // Hub 2021, Table 3, Gasoline Passenger Cars (2018 models): 0.0052 g CH4, 0.0016 g N2O per
    // mile; a 2021 record takes the 2021 edition: 520 g CH4, 160 g N2O
    List<ResultLine> l2021 =
        calculate("s1.mobile.us.onroad.gasoline_passenger_cars", 100_000, "mi", "US", "2021-06");
    assertThat(grams(l2021, "CH4")).isEqualTo(520L);
    assertThat(grams(l2021, "N2O")).isEqualTo(160L);
    assertThat(l2021.get(0).factor().id()).isEqualTo("epa.hub2021.table3.gasoline_passenger_cars");
  }

  @Test
  void nonRoadDieselGallonsGiveTable5MethaneAndNitrousOxide() {
    // Hub 2022, Table 5, Diesel Construction/Mining Equipment: 0.94 g CH4, 0.87 g N2O per gallon;
    // 1,000 gal: 940 g CH4, 870 g N2O
    List<ResultLine> l =
        calculate(
            "s1.mobile.us.nonroad.diesel.construction_mining_equipment",
            1000,
            "US gal",
            "US",
            "2022-06");
    assertThat(grams(l, "CH4")).isEqualTo(940L);
    assertThat(grams(l, "N2O")).isEqualTo(870L);
  }

  @Test
  void cngBusMilesGiveTable4Methane() {
    // Hub 2022, Table 4, CNG Buses: 10 g CH4, 0.001 g N2O per mile; 1,000 miles: 10,000 g CH4, 1 g
    List<ResultLine> l = calculate("s1.mobile.us.onroad.cng_buses", 1000, "mile", "US", "2022-06");
    assertThat(grams(l, "CH4")).isEqualTo(10_000L);
    assertThat(grams(l, "N2O")).isEqualTo(1L);
  }

  @Test
  void longHaulFlightPassengerMilesTakeTable10ByEdition() {
    // Hub 2022, Table 10, Air Travel - Long Haul: 0.163 kg CO2, 0.0006 g CH4, 0.0052 g N2O per
    // passenger-mile; 10,000 passenger-miles: 1,630 kg CO2, 6 g CH4, 52 g N2O
    List<ResultLine> l =
        calculate("s3.c6.us.air_long_haul", 10_000, "passenger-miles", "US", "2022-06");
    assertThat(grams(l, "CO2")).isEqualTo(1_630_000L);
    assertThat(grams(l, "CH4")).isEqualTo(6L);
    assertThat(grams(l, "N2O")).isEqualTo(52L);
    // Hub 2021: 0.161 kg CO2 per passenger-mile; 10,000 x 0.161 = 1,610 kg
    List<ResultLine> l2021 = calculate("s3.c6.us.air_long_haul", 10_000, "p·mi", "US", "2021-06");
    assertThat(grams(l2021, "CO2")).isEqualTo(1_610_000L);
  }

  @Test
  void commutingByCarCountsVehicleMilesAndByBusPassengerMiles() {
    // Hub 2022, Table 10: Passenger Car 0.332 kg CO2 per vehicle-mile; 1,000 vehicle-miles = 332 kg
    List<ResultLine> car =
        calculate("s3.c7.us.passenger_car", 1000, "vehicle-mile", "US", "2022-06");
    assertThat(grams(car, "CO2")).isEqualTo(332_000L);
    // Bus 0.056 kg CO2 per passenger-mile; 1,000 passenger-miles = 56 kg
    List<ResultLine> bus = calculate("s3.c7.us.bus", 1000, "passenger-mile", "US", "2022-06");
    assertThat(grams(bus, "CO2")).isEqualTo(56_000L);
  }

  @Test
  void landfilledMixedMswInShortTonsOrTonnesTakesTable9() {
    // Hub 2022, Table 9, Mixed MSW - Landfilled: 0.52 t CO2e per short ton; 10 short tons = 5,200
    // kg CO2e; 9.0718474 t = 10 short tons gives the same
    List<ResultLine> l =
        calculate("s3.c5.us.waste.mixed_msw.landfilled", 10, "short tons", "US", "2022-06");
    assertThat(grams(l, "CO2e")).isEqualTo(5_200_000L);
    assertThat(l.get(0).factor().citation().table()).isEqualTo("Table 9 Scope 3 Category 5 Waste");
    List<ResultLine> t =
        calculate("s3.c5.us.waste.mixed_msw.landfilled", 9.0718474, "t", "US", "2022-06");
    assertThat(grams(t, "CO2e")).isEqualTo(5_200_000L);
  }
}

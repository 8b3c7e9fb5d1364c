package org.scopeplus.io.builtin;

import static org.assertj.core.api.Assertions.assertThat;
import static org.scopeplus.io.builtin.EpaHubTablesTest.calculate;
import static org.scopeplus.io.builtin.EpaHubTablesTest.grams;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.scopeplus.core.calculation.ResultLine;
import org.scopeplus.core.factor.EmissionFactor;
import org.scopeplus.core.factor.Verification;

/**
 * The 2023 edition of the US EPA GHG Emission Factors Hub, read in EPA's own workbook
 * ghg-emission-factors-hub-2023.xlsx (sheet "Emission Factors Hub", "Last Modified: 12 September
 * 2023"). Each test names the table, the row and the cells it was read from, and checks the result
 * by hand: gas grams = quantity x the printed value, rounded half-even once. Table 6 is eGRID2021
 * (data year 2021); the other tables serve records of 2023.
 */
class EpaHubEdition2023Test {

  private static final ReferenceData DATA = BuiltInReferenceData.load();

  /** The factors of the Hub library whose id starts with the prefix. */
  private static List<EmissionFactor> factors(String idPrefix) {
    return DATA.libraries().stream()
        .flatMap(lib -> lib.factors().stream())
        .filter(f -> f.id().startsWith(idPrefix))
        .toList();
  }

  private static EmissionFactor factor(String id) {
    return factors(id).stream().filter(f -> f.id().equals(id)).findFirst().orElseThrow();
  }

  @Test
  void table2DieselFuelCo2PerGallon() {
    // Table 2 Mobile Combustion CO2, row Diesel Fuel, cell D103: 10.21 kg CO2 per gallon.
    // 100 gallons x 10.21 = 1,021 kg CO2
    List<ResultLine> l = calculate("s1.mobile.us.fuel.diesel", 100, "gallons", "US", "2023-06");
    assertThat(grams(l, "CO2")).isEqualTo(1_021_000L);
    EmissionFactor f = l.get(0).factor();
    assertThat(f.id()).isEqualTo("epa.hub2023.table2.diesel");
    assertThat(f.citation().publication()).isEqualTo("US EPA GHG Emission Factors Hub 2023");
    assertThat(f.citation().year()).isEqualTo("2023");
    assertThat(f.citation().verification()).isEqualTo(Verification.PUBLISHED);
    assertThat(f.citation().notes()).contains("ghg-emission-factors-hub-2023.xlsx", "cell D103");
  }

  @Test
  void table3LatestModelYearGasolinePassengerCars() {
    // Table 3, row Gasoline Passenger Cars, model year 2020 (the latest of the edition), cells
    // E155:F155: 0.0050 g CH4, 0.0014 g N2O per vehicle-mile. 100,000 miles: 500 g CH4, 140 g N2O
    List<ResultLine> l =
        calculate("s1.mobile.us.onroad.gasoline_passenger_cars", 100_000, "mi", "US", "2023-06");
    assertThat(grams(l, "CH4")).isEqualTo(500L);
    assertThat(grams(l, "N2O")).isEqualTo(140L);
    assertThat(l.get(0).factor().citation().notes()).contains("2020 models", "cells E155:F155");
  }

  @Test
  void table4CngBusesAndTable5DieselConstructionEquipment() {
    // Table 4, row Buses - CNG, cells F265:G265: 2.787 g CH4, 0.001 g N2O per vehicle-mile.
    // 1,000 miles: 2,787 g CH4, 1 g N2O
    List<ResultLine> bus = calculate("s1.mobile.us.onroad.cng_buses", 1000, "mi", "US", "2023-06");
    assertThat(grams(bus, "CH4")).isEqualTo(2_787L);
    assertThat(grams(bus, "N2O")).isEqualTo(1L);
    assertThat(bus.get(0).factor().id()).isEqualTo("epa.hub2023.table4.cng_buses");
    // Table 5, row Construction/Mining Equipment - Diesel Equipment, cells E292:F292: 1.01 g CH4,
    // 0.94 g N2O per gallon. 1,000 gallons: 1,010 g CH4, 940 g N2O
    List<ResultLine> dozer =
        calculate(
            "s1.mobile.us.nonroad.diesel.construction_mining_equipment",
            1000,
            "gallons",
            "US",
            "2023-06");
    assertThat(grams(dozer, "CH4")).isEqualTo(1_010L);
    assertThat(grams(dozer, "N2O")).isEqualTo(940L);
  }

  @Test
  void table6Egrid2021SubregionServesDataYear2021() {
    // Table 6, row CAMX (WECC California), eGRID2021, cells E328:G328: 531.7 lb CO2, 0.031 lb CH4,
    // 0.004 lb N2O per MWh. 1,000 MWh: 531,700 lb x 0.45359237 kg/lb = 241,175.063129 kg CO2;
    // 31 lb = 14.06136347 kg CH4; 4 lb = 1.81436948 kg N2O
    List<ResultLine> l = calculate("s2.electricity", 1000, "MWh", "US-CAMX", "2021-06");
    assertThat(grams(l, "CO2")).isEqualTo(241_175_063L);
    assertThat(grams(l, "CH4")).isEqualTo(14_061L);
    assertThat(grams(l, "N2O")).isEqualTo(1_814L);
    assertThat(l.get(0).factor().id()).isEqualTo("epa.hub2023.table6.camx");
    assertThat(l.get(0).factorNote()).doesNotContain("latest available vintage");
    assertThat(l.get(0).factor().citation().notes()).contains("eGRID2021", "cells E328:G328");
  }

  @Test
  void table7SteamAndTable8TruckFreight() {
    // Table 7, row Steam and Heat, cells D394:F394: 66.33 kg CO2, 1.25 g CH4, 0.125 g N2O per
    // MMBtu. 1,000 MMBtu: 66,330 kg CO2, 1,250 g CH4, 125 g N2O
    List<ResultLine> steam = calculate("s2.steam", 1000, "MMBtu", "US", "2023-06");
    assertThat(grams(steam, "CO2")).isEqualTo(66_330_000L);
    assertThat(grams(steam, "CH4")).isEqualTo(1_250L);
    assertThat(grams(steam, "N2O")).isEqualTo(125L);
    assertThat(steam.get(0).factor().id()).isEqualTo("epa.hub2023.table7.steam");
    // Table 8, row Medium- and Heavy-Duty Truck, unit ton-mile, cells D408:F408: 0.17 kg CO2,
    // 0.0016 g CH4, 0.0047 g N2O per short ton-mile. 10,000 ton-miles: 1,700 kg CO2, 16 g CH4,
    // 47 g N2O
    List<ResultLine> truck =
        calculate("s3.c4.us.freight.medium_heavy_duty_truck", 10_000, "ton-miles", "US", "2023-06");
    assertThat(grams(truck, "CO2")).isEqualTo(1_700_000L);
    assertThat(grams(truck, "CH4")).isEqualTo(16L);
    assertThat(grams(truck, "N2O")).isEqualTo(47L);
    assertThat(truck.get(0).factor().id())
        .isEqualTo("epa.hub2023.table8.medium_heavy_duty_truck.ton_mile");
  }

  @Test
  void table9WasteAndTable10AirTravel() {
    // Table 9, row Mixed MSW, column Landfilled, cell E460: 0.52 metric tons CO2e per short ton.
    // 10 short tons: 5,200 kg CO2e
    List<ResultLine> waste =
        calculate("s3.c5.us.waste.mixed_msw.landfilled", 10, "short tons", "US", "2023-06");
    assertThat(grams(waste, "CO2e")).isEqualTo(5_200_000L);
    assertThat(waste.get(0).factor().id()).isEqualTo("epa.hub2023.table9.mixed_msw.landfilled");
    // Table 10, row Air Travel - Long Haul (>= 2300 miles), cells D496:F496: 0.163 kg CO2,
    // 0.0006 g CH4, 0.0052 g N2O per passenger-mile. 10,000 passenger-miles: 1,630 kg CO2, 6 g
    // CH4, 52 g N2O
    List<ResultLine> air =
        calculate("s3.c6.us.air_long_haul", 10_000, "passenger-miles", "US", "2023-06");
    assertThat(grams(air, "CO2")).isEqualTo(1_630_000L);
    assertThat(grams(air, "CH4")).isEqualTo(6L);
    assertThat(grams(air, "N2O")).isEqualTo(52L);
  }

  @Test
  void theEditionServes2023OnlyBetweenThe2022And2024Editions() {
    // Table 2, Motor Gasoline is 8.78 kg CO2 per gallon in every edition, so the factor id shows
    // the edition: 2022 -> Hub 2022, 2023 -> Hub 2023 (cell D108), 2024 -> Hub 2024
    assertThat(factorId("s1.mobile.us.fuel.motor_gasoline", "2022-06"))
        .isEqualTo("epa.hub2022.table2.motor_gasoline");
    assertThat(factorId("s1.mobile.us.fuel.motor_gasoline", "2023-06"))
        .isEqualTo("epa.hub2023.table2.motor_gasoline");
    assertThat(factorId("s1.mobile.us.fuel.motor_gasoline", "2024-06"))
        .isEqualTo("epa.hub2024.table2.motor_gasoline");
  }

  private static String factorId(String type, String period) {
    List<ResultLine> l = calculate(type, 100, "gallons", "US", period);
    // 100 gallons x 8.78 kg = 878 kg CO2 in each edition
    assertThat(grams(l, "CO2")).isEqualTo(878_000L);
    return l.get(0).factor().id();
  }

  @Test
  void everyRowOfTheEditionIsPublishedAndNamesItsCells() {
    List<EmissionFactor> rows = factors("epa.hub2023.");
    Map<String, Integer> byTable = new TreeMap<>();
    for (EmissionFactor f : rows) {
      assertThat(f.citation().publication()).isEqualTo("US EPA GHG Emission Factors Hub 2023");
      assertThat(f.citation().year()).isEqualTo("2023");
      assertThat(f.citation().verification()).as(f.id()).isEqualTo(Verification.PUBLISHED);
      assertThat(f.citation().notes())
          .as(f.id())
          .contains("ghg-emission-factors-hub-2023.xlsx", "last modified 12 September 2023")
          .containsPattern("cells? [D-J][0-9]{3}");
      byTable.merge(f.citation().table().split(" ")[1], 1, Integer::sum);
    }
    // the same rows as the 2024 edition (Tables 2-10), plus the eGRID2021 US Average total output
    // row, which the 2024 edition keeps as egrid.us_average.us.2022: 240 factors
    assertThat(rows).hasSize(240);
    assertThat(byTable.keySet())
        .containsExactlyInAnyOrder("2", "3", "4", "5", "6", "7", "8", "9", "10");
    // Table 6: 27 eGRID subregions and the US average, total output and non-baseload
    assertThat(byTable.get("6")).isEqualTo(56);
  }

  @Test
  void the2022RowsThe2023WorkbookPrintsUnmarkedAreCorroborated() {
    // The 2023 workbook prints in blue text every value updated from the 2022 version (cell C4).
    // A 2022 row (OEFDB transcription) whose 2023 cell holds the same value in plain text is
    // corroborated: Table 2, Diesel Fuel, 10.21 kg CO2 per gallon (2023 cell D103, plain).
    assertThat(factor("epa.hub2022.table2.diesel").citation().verification())
        .isEqualTo(Verification.CORROBORATED);
    assertThat(factor("epa.hub2022.table2.diesel").citation().notes()).contains("cell D103");
    // Table 9, Mixed MSW - Landfilled, 0.52 t CO2e per short ton (2023 cell E460, plain)
    assertThat(factor("epa.hub2022.table9.mixed_msw.landfilled").citation().verification())
        .isEqualTo(Verification.CORROBORATED);
    // Table 4, CNG Buses: the transcription's 10 g CH4 per mile; the 2023 workbook prints 2.787 g
    // in blue (cell F265), an update, so nothing confirms the 2022 figure: still secondary
    assertThat(factor("epa.hub2022.table4.cng_buses").citation().verification())
        .isEqualTo(Verification.SECONDARY);
    // Table 6 is another eGRID vintage in each edition: the 2022 rows stay secondary
    assertThat(factor("epa.hub2022.table6.camx").citation().verification())
        .isEqualTo(Verification.SECONDARY);
    // no 2022 row is called published: the 2022 workbook itself was not read
    List<EmissionFactor> hub2022 = factors("epa.hub2022.");
    assertThat(hub2022).noneMatch(f -> f.citation().verification() == Verification.PUBLISHED);
    assertThat(hub2022.stream().filter(f -> f.citation().verification().isWeak())).hasSize(93);
    assertThat(
            hub2022.stream().filter(f -> f.citation().verification() == Verification.CORROBORATED))
        .hasSize(113);
  }
}

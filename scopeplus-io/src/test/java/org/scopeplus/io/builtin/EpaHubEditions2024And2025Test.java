package org.scopeplus.io.builtin;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.scopeplus.core.calculation.ResultLine;
import org.scopeplus.core.factor.EmissionFactor;
import org.scopeplus.core.factor.FactorType;
import org.scopeplus.core.factor.Verification;

/**
 * The 2024 and 2025 editions of the US EPA GHG Emission Factors Hub, read in EPA's own workbooks
 * (sheet "Emission Factors Hub"; the 2024 edition last modified June 5, 2024, the 2025 edition
 * January 15, 2025), each row checked by hand through the engine: gas grams = quantity x the row's
 * printed value, rounded half-even once. Table 8 (freight) counts short ton-miles.
 */
class EpaHubEditions2024And2025Test {

  private static final ReferenceData DATA = BuiltInReferenceData.load();

  private static List<ResultLine> calculate(
      String type, double qty, String unit, String region, String period) {
    return EpaHubTablesTest.calculate(type, qty, unit, region, period);
  }

  private static long grams(List<ResultLine> lines, String gas) {
    return EpaHubTablesTest.grams(lines, gas);
  }

  @Test
  void truckFreightInShortTonMilesTakesTable8OfTheRecordsEdition() {
    // Hub 2024, Table 8, Medium- and Heavy-Duty Truck: 0.168 kg CO2, 0.0015 g CH4, 0.0047 g N2O
    // per short ton-mile (workbook row 416). By hand: 10,000 ton-miles x 0.168 = 1,680 kg CO2;
    // x 0.0015 g = 15 g CH4; x 0.0047 g = 47 g N2O
    List<ResultLine> l =
        calculate("s3.c4.us.freight.medium_heavy_duty_truck", 10_000, "ton-miles", "US", "2024-06");
    assertThat(grams(l, "CO2")).isEqualTo(1_680_000L);
    assertThat(grams(l, "CH4")).isEqualTo(15L);
    assertThat(grams(l, "N2O")).isEqualTo(47L);
    EmissionFactor f = l.get(0).factor();
    assertThat(f.id()).isEqualTo("epa.hub2024.table8.medium_heavy_duty_truck.ton_mile");
    assertThat(f.citation().table()).startsWith("Table 8");
    assertThat(f.citation().year()).isEqualTo("2024");
    assertThat(f.citation().verification()).isEqualTo(Verification.PUBLISHED);
    // Hub 2025, Table 8, same row: 0.186 kg CO2 per short ton-mile; 10,000 x 0.186 = 1,860 kg
    List<ResultLine> l2025 =
        calculate("s3.c9.us.freight.medium_heavy_duty_truck", 10_000, "ton-mile", "US", "2025-06");
    assertThat(grams(l2025, "CO2")).isEqualTo(1_860_000L);
  }

  @Test
  void freightInTonneKilometresIsTurnedIntoShortTonMiles() {
    // Hub 2025, Table 8, Rail: 0.021 kg CO2 per short ton-mile. 1 short ton-mile = 0.90718474 t x
    // 1.609344 km = 1.45997231821056 t·km, so 1,459,972.31821056 t·km is 1,000,000 ton-miles:
    // 1,000,000 x 0.021 = 21,000 kg CO2
    List<ResultLine> l =
        calculate("s3.c4.us.freight.rail", 1_459_972.31821056, "t·km", "US", "2025-06");
    assertThat(grams(l, "CO2")).isEqualTo(21_000_000L);
    // Waterborne Craft: 0.077 kg CO2 and 0.031 g CH4 per short ton-mile; 1,000 ton-miles: 77 kg
    // CO2, 31 g CH4
    List<ResultLine> ship =
        calculate("s3.c9.us.freight.waterborne_craft", 1000, "short ton-miles", "US", "2025-06");
    assertThat(grams(ship, "CO2")).isEqualTo(77_000L);
    assertThat(grams(ship, "CH4")).isEqualTo(31L);
  }

  @Test
  void aDedicatedTruckCountsItsVehicleMiles() {
    // Hub 2025, Table 8, Medium- and Heavy-Duty Truck: 1.298 kg CO2 per vehicle-mile; 1,000
    // vehicle-miles = 1,298 kg CO2
    List<ResultLine> l =
        calculate("s3.c4.us.vehicle.medium_heavy_duty_truck", 1000, "vehicle-miles", "US", "2025");
    assertThat(grams(l, "CO2")).isEqualTo(1_298_000L);
  }

  @Test
  void eachYearTakesItsEdition() {
    // Table 10, Bus, kg CO2 per passenger-mile: Hub 2022 0.056, Hub 2023 0.055 (cell D493), Hub
    // 2024 0.071 (printed, cell D503), Hub 2025 0.066 (cell D512).
    // 1,000 passenger-miles: 56, 55, 71 and 66 kg
    assertThat(grams(calculate("s3.c7.us.bus", 1000, "p·mi", "US", "2022-06"), "CO2"))
        .isEqualTo(56_000L);
    List<ResultLine> l2023 = calculate("s3.c7.us.bus", 1000, "p·mi", "US", "2023-06");
    assertThat(grams(l2023, "CO2")).isEqualTo(55_000L);
    assertThat(l2023.get(0).factor().id()).isEqualTo("epa.hub2023.table10.bus");
    assertThat(grams(calculate("s3.c7.us.bus", 1000, "p·mi", "US", "2024-06"), "CO2"))
        .isEqualTo(71_000L);
    List<ResultLine> l2026 = calculate("s3.c7.us.bus", 1000, "p·mi", "US", "2026-06");
    assertThat(grams(l2026, "CO2")).isEqualTo(66_000L);
    assertThat(l2026.get(0).factor().id()).isEqualTo("epa.hub2025.table10.bus");
  }

  @Test
  void electricityOfTheEgrid2023DataYearTakesTheHub2025SubregionRow() {
    // Hub 2025, Table 6, ERCT (ERCOT All), eGRID2023: 738.038 lb CO2, 0.043 lb CH4, 0.006 lb N2O
    // per MWh. By hand: 1,000 MWh x 738.038 lb x 0.45359237 kg/lb = 334,768.406 kg CO2; 43 lb =
    // 19.504 kg CH4; 6 lb = 2.722 kg N2O
    List<ResultLine> l = calculate("s2.electricity", 1000, "MWh", "US-ERCT", "2023-06");
    assertThat(grams(l, "CO2")).isEqualTo(334_768_406L);
    assertThat(grams(l, "CH4")).isEqualTo(19_504L);
    assertThat(grams(l, "N2O")).isEqualTo(2_722L);
    assertThat(l.get(0).factor().id()).isEqualTo("epa.hub2025.table6.erct");
    // Hub 2024, Table 6, CAMX, eGRID2022: 497.443 lb CO2/MWh; 1,000 MWh x 497.443 lb x
    // 0.45359237 kg/lb = 225,636.349 kg
    List<ResultLine> camx = calculate("s2.electricity", 1000, "MWh", "US-CAMX", "2022-06");
    assertThat(grams(camx, "CO2")).isEqualTo(225_636_349L);
  }

  @Test
  void nonBaseloadRatesAreSeparateOperatingMarginFactorsNotUsedByTheInventory() {
    // Hub 2025, Table 6, US Average, non-baseload: 1,393.7 lb CO2/MWh (cell H366); the total
    // output rate of the same row is 771.523 lb (cell E366). The inventory's electricity uses the
    // total output rate; the non-baseload rate is its own factor key, for avoided emissions.
    List<EmissionFactor> nonBaseload =
        DATA.libraries().stream()
            .flatMap(lib -> lib.factors().stream())
            .filter(f -> f.activityKey().equals("grid.us.non_baseload"))
            .toList();
    // 27 subregions and the US average in each of the 2023, 2024 and 2025 editions
    assertThat(nonBaseload).hasSize(28 + 28 + 28);
    EmissionFactor us =
        nonBaseload.stream()
            .filter(f -> f.id().equals("epa.hub2025.table6.us_average.non_baseload"))
            .findFirst()
            .orElseThrow();
    assertThat(us.type()).isEqualTo(FactorType.OPERATING_MARGIN);
    assertThat(us.region()).isEqualTo("US");
    // 1,393.7 lb x 0.45359237 kg/lb = 632.171686... kg CO2 per MWh, 0.632171686 kg per kWh
    double kgPerMwh =
        us.rates().stream()
            .filter(r -> r.gasId().equals("CO2"))
            .findFirst()
            .orElseThrow()
            .kgPerUnit();
    assertThat(us.perUnit().symbol()).isEqualTo("MWh");
    assertThat(kgPerMwh / 1000)
        .isCloseTo(0.632171686, org.assertj.core.api.Assertions.within(1e-9));
    List<ResultLine> l = calculate("s2.electricity", 1000, "MWh", "US", "2023-06");
    // 1,000 MWh x 771.523 lb x 0.45359237 kg/lb = 349,956.946 kg CO2
    assertThat(grams(l, "CO2")).isEqualTo(349_956_946L);
  }

  @Test
  void endOfLifeOfSoldProductsTakesTable9UnderCategory12() {
    // Hub 2025, Table 9, Corrugated Containers - Landfilled: 1.00 t CO2e per short ton (cell
    // E449); 10 short tons = 10,000 kg CO2e, Scope 3 category 12
    List<ResultLine> l =
        calculate(
            "s3.c12.us.waste.corrugated_containers.landfilled", 10, "short tons", "US", "2025");
    assertThat(grams(l, "CO2e")).isEqualTo(10_000_000L);
    assertThat(l.get(0).type().category()).isEqualTo(12);
    assertThat(l.get(0).factor().citation().table()).contains("Category 12");
  }

  @Test
  void latestModelYearRowsOfTable3AndNonRoadRowsOfTable5() {
    // Hub 2025, Table 3, Gasoline Passenger Cars, 2022 models: 0.0050 g CH4, 0.0014 g N2O per
    // vehicle-mile (cells E164:F164); 100,000 miles: 500 g CH4, 140 g N2O
    List<ResultLine> car =
        calculate("s1.mobile.us.onroad.gasoline_passenger_cars", 100_000, "mi", "US", "2025");
    assertThat(grams(car, "CH4")).isEqualTo(500L);
    assertThat(grams(car, "N2O")).isEqualTo(140L);
    assertThat(car.get(0).factor().citation().notes()).contains("2022 models");
    // Hub 2024, Table 5, Construction/Mining Equipment - Diesel Equipment: 1.01 g CH4, 0.94 g N2O
    // per gallon; 1,000 gallons: 1,010 g CH4, 940 g N2O
    List<ResultLine> dozer =
        calculate(
            "s1.mobile.us.nonroad.diesel.construction_mining_equipment",
            1000,
            "gallons",
            "US",
            "2024");
    assertThat(grams(dozer, "CH4")).isEqualTo(1_010L);
    assertThat(grams(dozer, "N2O")).isEqualTo(940L);
  }

  @Test
  void everyValueOfTheHubLibraryRoundTripsThroughTheNumberTheEngineHolds() throws Exception {
    // read, hold as a double, write the shortest decimal back, read again: the same decimal, so
    // the file's figures are the figures the engine computes with
    try (BufferedReader in =
        new BufferedReader(
            new InputStreamReader(
                BuiltInReferenceData.class.getResourceAsStream(
                    "/org/scopeplus/io/builtin/factors-epa-hub.csv"),
                StandardCharsets.UTF_8))) {
      List<String> header = List.of(in.readLine().split(","));
      int value = header.indexOf("value");
      int rows = 0;
      for (String line = in.readLine(); line != null; line = in.readLine()) {
        String text = line.split(",", -1)[value];
        BigDecimal written = new BigDecimal(text);
        double held = Double.parseDouble(text);
        BigDecimal again = new BigDecimal(Double.toString(held));
        assertThat(again.compareTo(written)).as(line).isZero();
        assertThat(Double.parseDouble(again.toPlainString())).isEqualTo(held);
        rows++;
      }
      assertThat(rows).isGreaterThan(1600);
    }
  }
}

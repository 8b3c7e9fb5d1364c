package org.scopeplus.cli.city;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.scopeplus.cli.CommandRun;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * {@code scopeplus city inventory --activity}: GPC lines calculated from the example city activity
 * file (docs/city.md) by the company engine, checked against hand calculations.
 */
class CityActivityCommandTest {

  @TempDir Path dir;

  static Path activity() {
    Path p = Path.of("../examples/city-activity-2023.csv");
    return Files.exists(p) ? p : Path.of("examples/city-activity-2023.csv");
  }

  /*
   * The four lines by hand: quantity x factor x GWP (AR5; CO2 and CO2e factors have GWP 1).
   *
   * I.1.1, natural gas sold to households, 120,000,000 m3. Factor: China's default parameters
   * (acceptance_checks.csv AC4, /work/shared/reference-data: "Various energy sources: standard-coal
   * conversion and carbon emission reference coefficients", NCV per GB/T 2589): NCV 0.038931
   * GJ/m3 x carbon content 15.3 kg C/GJ x oxidation 0.99 x 44/12 = 2.162188809 kg CO2/m3 (AC4
   * publishes 2.1622 +/- 0.0001). 120,000,000 x 2.162188809 = 259,462,657.08 kg.
   *
   * I.2.2, electricity of commercial buildings, 2,500,000 MWh = 2.5e9 kWh. Factor: China national
   * average 2023, 0.5306 kg CO2/kWh (grid_factors.csv, MEE & NBS announcement of the 2023
   * electricity CO2 emission factors; secondary). 2.5e9 x 0.5306 = 1,326,500,000 kg.
   *
   * II.1.1, petrol cars, 3,000,000,000 vehicle-km. Factor: UK Government GHG Conversion Factors
   * 2021 (BEIS), petrol car average, 0.17431 kg CO2e/km (climatiq-open-emission-factors-db,
   * OpenEmissionFactorsDB.csv). 3e9 x 0.17431 = 522,930,000 kg.
   *
   * III.1.1, waste landfilled in the city, 400,000 t. Factor: BEIS 2021, commercial and industrial
   * waste to landfill, 467.046 kg CO2e/t (same file). 400,000 x 467.046 = 186,818,400 kg.
   */
  static final long I_1_1 =
      new BigDecimal("0.038931")
          .multiply(new BigDecimal("15.3"))
          .multiply(new BigDecimal("0.99"))
          .multiply(BigDecimal.valueOf(44))
          .divide(BigDecimal.valueOf(12), 9, RoundingMode.HALF_EVEN)
          .multiply(BigDecimal.valueOf(120_000_000L * 1000L))
          .setScale(0, RoundingMode.HALF_EVEN)
          .longValueExact();

  static final long I_2_2 = 2_500_000_000L * 5306 / 10; // 0.5306 kg = 530.6 g per kWh
  static final long II_1_1 = 3_000_000_000L * 17431 / 100; // 174.31 g per km
  static final long III_1_1 = 400_000L * 467_046; // 467,046 g per t

  @Test
  void theHandCalculationOfTheFactorOfNaturalGasIsThatOfAc4() {
    assertThat(I_1_1).isEqualTo(259_462_657_080L);
    assertThat(I_2_2).isEqualTo(1_326_500_000_000L);
    assertThat(II_1_1).isEqualTo(522_930_000_000L);
    assertThat(III_1_1).isEqualTo(186_818_400_000L);
  }

  @Test
  void eachCalculatedLineAndTheTotalsMatchTheHandCalculation() throws IOException {
    CommandRun r =
        CommandRun.of(
            "city",
            "inventory",
            "--activity",
            activity().toString(),
            "--city",
            "Example City",
            "--year",
            "2023",
            "--format",
            "json",
            "--trace");
    assertThat(r.exit()).as(r.err()).isZero();
    JsonNode inv = JsonMapper.builder().build().readTree(r.out()).get("inventories").get(0);
    assertThat(inv.get("city").asString()).isEqualTo("Example City");
    JsonNode lines = inv.get("calculated");
    assertThat(lines.size()).isEqualTo(4);
    assertThat(line(lines, "I.1.1").get("grams").asLong()).isEqualTo(I_1_1);
    assertThat(line(lines, "I.2.2").get("grams").asLong()).isEqualTo(I_2_2);
    assertThat(line(lines, "II.1.1").get("grams").asLong()).isEqualTo(II_1_1);
    assertThat(line(lines, "III.1.1").get("grams").asLong()).isEqualTo(III_1_1);
    long basic = I_1_1 + I_2_2 + II_1_1 + III_1_1;
    long scope1 = I_1_1 + II_1_1 + III_1_1;
    JsonNode totals = inv.get("totals");
    assertThat(totals.get("basic_t").decimalValue())
        .isEqualByComparingTo(BigDecimal.valueOf(basic, 6));
    assertThat(totals.get("scope1_t").decimalValue())
        .isEqualByComparingTo(BigDecimal.valueOf(scope1, 6));
    assertThat(totals.get("scope2_t").decimalValue())
        .isEqualByComparingTo(BigDecimal.valueOf(I_2_2, 6));
    assertThat(totals.get("territorial_t").decimalValue())
        .isEqualByComparingTo(BigDecimal.valueOf(scope1, 6));
    assertThat(inv.get("sectors").get("I").get("basic_t").decimalValue())
        .isEqualByComparingTo(BigDecimal.valueOf(I_1_1 + I_2_2, 6));
    // 32 BASIC lines, 4 calculated
    assertThat(inv.get("completeness").get("missing").size()).isEqualTo(28);
    // the trace: record -> factor with its source -> grams; scope 2 location-based only
    JsonNode elec = line(lines, "I.2.2").get("trace");
    assertThat(elec.size()).isEqualTo(1);
    assertThat(elec.get(0).get("record").asString()).isEqualTo("COM-ELEC-2023");
    assertThat(elec.get(0).get("row").asLong()).isEqualTo(3);
    assertThat(elec.get(0).get("factor").asString()).isEqualTo("cn_mee_nbs.average.cn.2023");
    assertThat(elec.get(0).get("source").asString()).contains("MEE & NBS").contains("secondary");
    assertThat(elec.get(0).get("formula").asString())
        .isEqualTo("2500000000 kWh x 0.5306 kg CO2/kWh x GWP 1 x 1000 g/kg = 1326500000000 g CO2e");
    assertThat(line(lines, "I.1.1").get("trace").get(0).get("factor").asString())
        .isEqualTo("cn_guideline.natural_gas.commercial_institutional");
  }

  @Test
  void theTableShowsTheCalculatedLinesAndTheirTraces() {
    CommandRun r =
        CommandRun.of(
            "city",
            "inventory",
            "--activity",
            activity().toString(),
            "--city",
            "Example City",
            "--year",
            "2023",
            "--trace");
    assertThat(r.exit()).as(r.err()).isZero();
    // BASIC 2,295,711.05708 t
    assertThat(r.out())
        .containsPattern("total\\s+2,295,711\\.1\\s+2,295,711\\.1\\s+969,211\\.1\\s+1,326,500\\.0")
        .containsPattern("III\\.1\\.1\\s+186,818\\.4 t CO2e from 1 record")
        .contains(
            "MSW-LF-2023 (city-activity-2023.csv:5) s3.c5.waste.landfill.commercial_industrial"
                + " CO2e: 400000 t x 467.046 kg CO2e/t x GWP 1 x 1000 g/kg = 186818400000 g CO2e;"
                + " factor oefdb.beis2021.waste.landfill.commercial_industrial (UK Government");
  }

  @Test
  void calculatedLinesJoinTheSheetsLines() throws IOException {
    Path sheet = dir.resolve("sheet.csv");
    Files.writeString(
        sheet,
        "city,year,I.3.1,I.6.1,I.6.1_explanation\n"
            + "Example City,2023,1000,NE,no survey yet\n"
            + "Example City,2022,5,,\n");
    CommandRun r =
        CommandRun.of(
            "city",
            "inventory",
            sheet.toString(),
            "--activity",
            activity().toString(),
            "--format",
            "json");
    assertThat(r.exit()).as(r.err()).isZero();
    JsonNode invs = JsonMapper.builder().build().readTree(r.out()).get("inventories");
    long basic = 1_000_000_000L + I_1_1 + I_2_2 + II_1_1 + III_1_1;
    assertThat(invs.get(0).get("totals").get("basic_t").decimalValue())
        .isEqualByComparingTo(BigDecimal.valueOf(basic, 6));
    assertThat(invs.get(0).get("completeness").get("notEstimated").get(0).asString())
        .isEqualTo("I.6.1");
    // 2022 has no activity: its one line only, nothing calculated
    assertThat(invs.get(1).get("totals").get("basic_t").decimalValue()).isEqualByComparingTo("5");
    assertThat(invs.get(1).has("calculated")).isFalse();
  }

  @Test
  void aLineGivenBothInTheSheetAndByCalculationIsRefused() {
    CommandRun r =
        CommandRun.of(
            "city",
            "inventory",
            CityCommandTest.example().toString(),
            "--activity",
            activity().toString());
    assertThat(r.exit()).isEqualTo(1);
    assertThat(r.err())
        .contains("The activity data was not calculated: 4 problems.")
        .contains(
            "city-activity-2023.csv:2 [gpc_reference]: I.1.1 is given as a value in"
                + " city-gpc-2023.csv for Example City 2023; a line is either entered or"
                + " calculated, not both: empty the line in the sheet or leave this record out");
    assertThat(r.out()).isEmpty();
  }

  @Test
  void aLineMarkedByANotationKeyIsNotCalculatedEither() throws IOException {
    Path sheet = dir.resolve("keyed.csv");
    Files.writeString(
        sheet, "city,year,II.1.1,II.1.1_explanation\nExample City,2023,IE,in I.1.1\n");
    CommandRun r =
        CommandRun.of("city", "inventory", sheet.toString(), "--activity", activity().toString());
    assertThat(r.exit()).isEqualTo(1);
    assertThat(r.err())
        .contains(
            "city-activity-2023.csv:4 [gpc_reference]: II.1.1 is marked IE (included elsewhere)"
                + " in keyed.csv for Example City 2023;");
  }

  @Test
  void unknownReferencesAndDisagreeingScopesAreRefusedWithTheirRows() throws IOException {
    Path bad = dir.resolve("bad.csv");
    Files.writeString(
        bad,
        "record_id,org_unit,facility,period,activity_type,quantity,unit,region,gpc_reference\n"
            + "A,Example City,,2023,s2.electricity,10,MWh,CN,I.9.1\n"
            + "B,Example City,,2023,s2.electricity,10,MWh,CN,I.2.1\n"
            + "C,Example City,,2023,s1.stationary.commercial_institutional.natural_gas,10,m3,CN,"
            + "I.1.2\n"
            + "D,Example City,,2023,s1.mobile.distance.car_petrol,10,km,CN,III.1.1\n"
            + "E,Example City,,2023,s3.c5.waste.landfill.commercial_industrial,10,t,CN,\n");
    CommandRun r =
        CommandRun.of(
            "city",
            "inventory",
            "--activity",
            bad.toString(),
            "--city",
            "Example City",
            "--year",
            "2023");
    assertThat(r.exit()).isEqualTo(1);
    assertThat(r.err())
        .contains("The activity data was not calculated: 5 problems.")
        .contains(
            "bad.csv:2 [gpc_reference]: unknown GPC reference 'I.9.1'; the lines are I.1.1 to"
                + " VI.1 as docs/city.md lists them")
        .contains(
            "bad.csv:3 [gpc_reference]: activity type s2.electricity is scope 2 (grid-supplied"
                + " energy), but I.2.1 (Commercial and institutional buildings and facilities,"
                + " scope 1) holds direct emissions (scope 1 activity types) only")
        .contains(
            "bad.csv:4 [gpc_reference]: activity type"
                + " s1.stationary.commercial_institutional.natural_gas is scope 1 (direct"
                + " emissions where the activity is), but I.1.2 (Residential buildings, scope 2)"
                + " holds grid-supplied energy (scope 2 activity types) only")
        .contains(
            "bad.csv:5 [gpc_reference]: activity type s1.mobile.distance.car_petrol is scope 1"
                + " (direct emissions where the activity is), but III.1.1 (Solid waste disposal,"
                + " scope 1) holds waste treatment (the waste types of scope 3 categories 5 and"
                + " 12)")
        .contains(
            "bad.csv:6 [gpc_reference]: gpc_reference is empty; give the GPC reference number of"
                + " the line, e.g. I.1.1");
  }

  @Test
  void aRecordOfAnotherCityOrYearIsRefused() throws IOException {
    Path other = dir.resolve("other.csv");
    Files.writeString(
        other,
        "record_id,org_unit,facility,period,activity_type,quantity,unit,region,gpc_reference\n"
            + "A,Other Town,,2023,s2.electricity,10,MWh,CN,I.2.2\n"
            + "B,Example City,,2023-07-01/2024-06-30,s2.electricity,10,MWh,CN,I.2.2\n");
    CommandRun r =
        CommandRun.of(
            "city",
            "inventory",
            "--activity",
            other.toString(),
            "--city",
            "Example City",
            "--year",
            "2023");
    assertThat(r.exit()).isEqualTo(1);
    assertThat(r.err())
        .contains(
            "other.csv:2 [org_unit]: record A is of Other Town, but the inventory is of Example"
                + " City; the org_unit of a city activity record names its city")
        .contains(
            "other.csv:3 [period]: period 2023-07-01/2024-06-30 reaches outside the inventory"
                + " year 2023; split the record at the turn of the year");
  }

  @Test
  void aLineBeyondWhatALineMayHoldIsRefusedNotWrapped() throws IOException {
    // one record may hold at most 1e9 t (docs/input-format.md): 1e9 t x 467.046 kg/t =
    // 4.67046e14 g, under 2^53 g; twenty of them, 9.34092e15 g, are above
    Path big = dir.resolve("big.csv");
    StringBuilder csv =
        new StringBuilder(
            "record_id,org_unit,facility,period,activity_type,quantity,unit,region,gpc_reference\n");
    for (int i = 0; i < 20; i++) {
      csv.append("W")
          .append(i)
          .append(",Example City,,2023,s3.c5.waste.landfill.commercial_industrial,1e9,t,CN,")
          .append("III.1.1\n");
    }
    Files.writeString(big, csv.toString());
    CommandRun r =
        CommandRun.of(
            "city", "inventory", "--activity", big.toString(), "--city", "X", "--year", "2023");
    assertThat(r.exit()).isEqualTo(1);
    assertThat(r.err())
        .contains("big.csv:2 [org_unit]: record W0 is of Example City, but the inventory is of X");
    CommandRun same =
        CommandRun.of(
            "city",
            "inventory",
            "--activity",
            big.toString(),
            "--city",
            "Example City",
            "--year",
            "2023");
    assertThat(same.exit()).isEqualTo(1);
    assertThat(same.err())
        .containsPattern(
            "big\\.csv:21 \\[gpc_reference\\]: the records of III\\.1\\.1 add up to 934092\\d+ g"
                + " CO2e, beyond the 9007199254740992 g \\(about 9\\.0 Gt\\) one line may hold");
  }

  /*
   * The export with --activity carries the calculated lines: in the IPCC layout the scope 1 lines
   * (I.1.1, II.1.1, III.1.1 by hand above) add up to the territorial total, 969,211.05708 t; in the
   * GPC layout I.2.2 holds 2,500,000 MWh x 0.5306 t/MWh = 1,326,500 t.
   */
  @Test
  void theExportCarriesTheCalculatedLines() throws IOException {
    Path ipcc = dir.resolve("ipcc.csv");
    CommandRun r =
        CommandRun.of(
            "city",
            "export",
            "--activity",
            activity().toString(),
            "--city",
            "Example City",
            "--year",
            "2023",
            "--out",
            ipcc.toString());
    assertThat(r.exit()).as(r.err()).isZero();
    BigDecimal sum =
        Files.readAllLines(ipcc).stream()
            .filter(l -> l.startsWith("Example City,2023,"))
            .map(l -> new BigDecimal(l.substring(l.lastIndexOf(',') + 1)))
            .reduce(BigDecimal.ZERO, BigDecimal::add);
    assertThat(sum).isEqualByComparingTo(BigDecimal.valueOf(I_1_1 + II_1_1 + III_1_1, 6));
    assertThat(sum).isEqualByComparingTo("969211.05708");

    Path gpc = dir.resolve("gpc.csv");
    CommandRun g =
        CommandRun.of(
            "city",
            "export",
            "--activity",
            activity().toString(),
            "--city",
            "Example City",
            "--year",
            "2023",
            "--layout",
            "gpc",
            "--out",
            gpc.toString());
    assertThat(g.exit()).as(g.err()).isZero();
    List<String> rows = Files.readAllLines(gpc);
    List<String> header = List.of(rows.get(0).split(",", -1));
    List<String> row = List.of(rows.get(1).split(",", -1));
    assertThat(new BigDecimal(row.get(header.indexOf("I.2.2")))).isEqualByComparingTo("1326500");
    assertThat(CommandRun.of("city", "export", "--activity", activity().toString()).exit())
        .isEqualTo(2);
  }

  @Test
  void optionsThatDoNotFitTogetherAreRefused() {
    assertThat(CommandRun.of("city", "inventory").exit()).isEqualTo(2);
    CommandRun noYear =
        CommandRun.of("city", "inventory", "--activity", activity().toString(), "--city", "X");
    assertThat(noYear.exit()).isEqualTo(2);
    assertThat(noYear.err())
        .contains("without a reporting sheet, give the inventory's --city and --year");
    CommandRun year0 =
        CommandRun.of(
            "city", "inventory", "--activity", activity().toString(), "--city", "X", "--year", "0");
    assertThat(year0.exit()).isEqualTo(2);
    assertThat(year0.err()).contains("inventory year 0 is outside 1990 to 2100");
    CommandRun both =
        CommandRun.of(
            "city",
            "inventory",
            CityCommandTest.example().toString(),
            "--activity",
            activity().toString(),
            "--year",
            "2023");
    assertThat(both.exit()).isEqualTo(2);
  }

  private static JsonNode line(JsonNode lines, String reference) {
    for (JsonNode l : lines) {
      if (l.get("reference").asString().equals(reference)) {
        return l;
      }
    }
    throw new AssertionError("no calculated line " + reference + " in " + lines);
  }
}

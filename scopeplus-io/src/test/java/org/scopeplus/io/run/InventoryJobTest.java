package org.scopeplus.io.run;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.scopeplus.core.gas.GwpSet;
import org.scopeplus.core.org.ConsolidationApproach;
import org.scopeplus.core.problem.Problem;
import org.scopeplus.io.builtin.BuiltInReferenceData;
import org.scopeplus.io.report.InventoryJsonWriter;

class InventoryJobTest {

  private static final String HEADER =
      "record_id,org_unit,facility,period,activity_type,quantity,unit,region,substance";

  private static final String LIBRARY_HEADER =
      "factor_id,activity_key,region,valid_from,valid_to,gas,value,unit,factor_type,publication,"
          + "verification";

  @TempDir Path dir;

  private Path csv(String name, String... rows) throws IOException {
    Path p = dir.resolve(name);
    Files.writeString(p, HEADER + "\n" + String.join("\n", rows) + "\n", StandardCharsets.UTF_8);
    return p;
  }

  private static InventoryOutcome run(InventoryRequest request) throws IOException {
    return new InventoryJob(BuiltInReferenceData.load()).run(request, bytes -> {});
  }

  /** A request for one file, operational control, no org or metrics file. */
  private static InventoryRequest request(
      Path file, List<Path> libraries, GwpSet gwps, int year, boolean keepLines) {
    return new InventoryRequest(
        List.of(file),
        libraries,
        null,
        null,
        gwps,
        ConsolidationApproach.OPERATIONAL_CONTROL,
        year,
        keepLines);
  }

  /** A user factor library of one factor row. */
  private Path library(String name, String row) throws IOException {
    Path lib = dir.resolve(name);
    Files.writeString(lib, LIBRARY_HEADER + "\n" + row + "\n");
    return lib;
  }

  private static InventoryOutcome run(Path... files) throws IOException {
    return run(InventoryRequest.of(List.of(files)));
  }

  @Test
  void aSmallInventoryIsCalculatedByHand() throws IOException {
    Path f =
        csv(
            "a.csv",
            // MEE/NBS 2023 national 0.5306 kg/kWh: 1,000 MWh -> 530.6 t
            "E1,Group/Cloud/DC1,DC1,2023-05,s2.electricity,1000,MWh,CN,",
            // IPCC 2006: 1 TJ natural gas, energy industries, AR5 -> 56.1545 t (AC7)
            "G1,Group/Logistics,Depot,2023-05,s1.stationary.energy_industries.natural_gas,1,TJ NCV,GB,",
            // 10 kg R-410A x 1,924 (AR5) = 19.24 t (AC9)
            "R1,Group/Retail/Store-1,Store-1,2023,s1.refrigerant.purchased,10,kg,CN-SH,R-410A");
    InventoryOutcome out = run(f);
    assertThat(out.problems()).isEmpty();
    assertThat(out.inventory().totals().scope2Location()).isEqualTo(530_600_000L);
    assertThat(out.inventory().totals().scope1()).isEqualTo(56_154_500L + 19_240_000L);
    assertThat(out.inventory().byOrgUnit().get("Group").totalLocation())
        .isEqualTo(530_600_000L + 56_154_500L + 19_240_000L);
    assertThat(out.inventory().manifest().inputs())
        .singleElement()
        .satisfies(
            d -> {
              assertThat(d.name()).isEqualTo("a.csv");
              assertThat(d.sha256()).hasSize(64);
              assertThat(d.records()).isEqualTo(3);
            });
  }

  @Test
  void oneBadRowAndNoInventoryEveryProblemNamed() throws IOException {
    Path f =
        csv(
            "bad.csv",
            "E1,Group,Site,2023-05,s2.electricity,1000,MWh,CN,",
            "E1,Group,Site,2023-06,s2.electricity,1000,MWh,CN,",
            "E3,Group,Site,2023-07,s2.electrcity,1000,MWh,CN,",
            "E4,Group,Site,2023-13,s2.electricity,1000,MWh,CN,",
            "E5,Group,Site,2023-08,s2.electricity,-5,MWh,CN,",
            "E6,Group,Site,2023-09,s2.electricity,5,kg,CN,",
            "E7,Group,Site,2023-10,s2.electricity,five,MWh,CN,",
            "E8,Group,Site,2023-11,s2.electricity,5,MWh,XX-NOWHERE,",
            "E9,Group,Site,2023-12,s1.refrigerant.purchased,5,kg,CN,",
            "E10,Group,Site,2023-02-30/2023-03-10,s2.electricity,5,MWh,CN,");
    InventoryOutcome out = run(f);
    assertThat(out.ok()).isFalse();
    assertThat(out.inventory()).isNull();
    assertThat(out.problems())
        .extracting(Problem::toString)
        .containsExactly(
            "bad.csv:3 [record_id]: record id 'E1' is used twice (first at bad.csv row 2)",
            "bad.csv:4 [activity_type]: unknown activity type 's2.electrcity' (run `scopeplus catalog` for the list)",
            "bad.csv:5 [period]: period '2023-13' is not a real month (YYYY-MM), quarter (YYYY-Qn), year (YYYY) or date range (YYYY-MM-DD/YYYY-MM-DD, end not before start)",
            "bad.csv:6 [quantity]: quantity -5 is negative, which makes no sense for s2.electricity; correct the amount or record a reversal against the original record",
            "bad.csv:7 [unit]: unit kg measures mass, but activity type s2.electricity is measured in energy",
            "bad.csv:8 [quantity]: quantity 'five' is not a number (use a point as decimal separator and no thousands separator)",
            "bad.csv:9 [region]: unknown region 'XX-NOWHERE'; give an ISO 3166 code such as CN, CN-GD or GB, or GLOBAL",
            "bad.csv:10 [substance]: activity type s1.refrigerant.purchased needs the gas or refrigerant released in column substance (e.g. R-410A)",
            "bad.csv:11 [period]: period '2023-02-30/2023-03-10' is not a real month (YYYY-MM), quarter (YYYY-Qn), year (YYYY) or date range (YYYY-MM-DD/YYYY-MM-DD, end not before start)");
    assertThat(out.problemCount()).isEqualTo(9);
  }

  @Test
  void aMissingColumnAndAnUnknownColumnAreNamed() throws IOException {
    Path p = dir.resolve("cols.csv");
    Files.writeString(
        p,
        "record_id,org_unit,facility,period,activity_type,quantitiy,unit,region\nE1,G,S,2023,s2.electricity,1,MWh,CN\n");
    InventoryOutcome out = run(p);
    assertThat(out.problems())
        .extracting(Problem::toString)
        .containsExactly(
            "cols.csv:1 [quantitiy]: unknown column 'quantitiy'; expected columns are record_id, org_unit, facility, period, activity_type, quantity, unit, region, substance, supplier, data_quality, evidence, heat_content_gj_per_t, density_kg_per_m3, share, supplier_factor_kg_co2e, supplier_factor_unit, instrument, supplier_product_id",
            "cols.csv:1 [quantity]: required column 'quantity' is missing");
  }

  @Test
  void duplicateIdsAcrossFilesAreCaught() throws IOException {
    Path a = csv("a.csv", "E1,Group,Site,2023-05,s2.electricity,1,MWh,CN,");
    Path b = csv("b.csv", "E1,Group,Site,2023-06,s2.electricity,1,MWh,CN,");
    assertThat(run(a, b).problems())
        .extracting(Problem::toString)
        .containsExactly(
            "b.csv:2 [record_id]: record id 'E1' is used twice (first at a.csv row 2)");
  }

  @Test
  void aRecordWithoutAnyApplicableFactorIsAProblemNotASilentZero() throws IOException {
    // No hotel factor exists for Antarctica (AQ) or the world: refused, naming the search
    Path f = csv("h.csv", "H1,Group,,2023-05,s3.c6.hotel,3,room-night,AQ,");
    InventoryOutcome out = run(f);
    assertThat(out.ok()).isFalse();
    assertThat(out.problems())
        .singleElement()
        .satisfies(
            p -> {
              assertThat(p.row()).isEqualTo(2);
              assertThat(p.message()).contains("no factor for 'hotel.stay' in region AQ > GLOBAL");
            });
  }

  @Test
  void xlsxFilesAreReadLikeCsv() throws IOException {
    Path x = dir.resolve("activity.xlsx");
    try (XSSFWorkbook wb = new XSSFWorkbook();
        OutputStream os = Files.newOutputStream(x)) {
      Sheet s = wb.createSheet("data");
      String[] header = HEADER.split(",");
      Row h = s.createRow(0);
      for (int i = 0; i < header.length; i++) {
        h.createCell(i).setCellValue(header[i]);
      }
      Row r = s.createRow(1);
      String[] text = {"E1", "Group/Cloud", "DC1", "2023-05", "s2.electricity"};
      for (int i = 0; i < text.length; i++) {
        r.createCell(i).setCellValue(text[i]);
      }
      r.createCell(5).setCellValue(1000.0);
      r.createCell(6).setCellValue("MWh");
      r.createCell(7).setCellValue("CN");
      Row bad = s.createRow(2);
      bad.createCell(0).setCellValue("E2");
      bad.createCell(1).setCellValue("Group");
      bad.createCell(3).setCellValue("2023-05");
      bad.createCell(4).setCellValue("s2.electricity");
      bad.createCell(5).setCellValue(-1.0);
      bad.createCell(6).setCellValue("MWh");
      bad.createCell(7).setCellValue("CN");
      wb.write(os);
    }
    InventoryOutcome out = run(x);
    assertThat(out.problems())
        .extracting(Problem::toString)
        .containsExactly(
            "activity.xlsx:3 [quantity]: quantity -1 is negative, which makes no sense for s2.electricity; correct the amount or record a reversal against the original record");
    // The good row alone: 1,000 MWh x 0.5306 = 530.6 t
    Path good = dir.resolve("good.xlsx");
    try (XSSFWorkbook wb = new XSSFWorkbook(Files.newInputStream(x));
        OutputStream os = Files.newOutputStream(good)) {
      wb.getSheetAt(0).removeRow(wb.getSheetAt(0).getRow(2));
      wb.write(os);
    }
    assertThat(run(good).inventory().totals().scope2Location()).isEqualTo(530_600_000L);
  }

  @Test
  void implausibleNumbersInXlsxCellsAreRefusedWithRowAndColumn() throws IOException {
    Path x = dir.resolve("huge.xlsx");
    double[] quantities = {5e13, 1e308, Double.NaN};
    try (XSSFWorkbook wb = new XSSFWorkbook();
        OutputStream os = Files.newOutputStream(x)) {
      Sheet s = wb.createSheet("data");
      String[] header = HEADER.split(",");
      Row h = s.createRow(0);
      for (int i = 0; i < header.length; i++) {
        h.createCell(i).setCellValue(header[i]);
      }
      for (int k = 0; k < quantities.length; k++) {
        Row r = s.createRow(k + 1);
        String[] text = {"H" + k, "Group/SG", "SG1", "2020-03", "s2.electricity"};
        for (int i = 0; i < text.length; i++) {
          r.createCell(i).setCellValue(text[i]);
        }
        if (Double.isNaN(quantities[k])) {
          r.createCell(5).setCellValue("NaN");
        } else {
          r.createCell(5).setCellValue(quantities[k]);
        }
        r.createCell(6).setCellValue("MWh");
        r.createCell(7).setCellValue("SG");
      }
      wb.write(os);
    }
    InventoryOutcome out = run(x);
    assertThat(out.ok()).isFalse();
    assertThat(out.problems())
        .extracting(p -> p.file() + ":" + p.row() + ":" + p.column())
        .containsExactly("huge.xlsx:2:quantity", "huge.xlsx:3:quantity", "huge.xlsx:4:quantity");
    assertThat(out.problems().get(0).message())
        .contains("beyond the largest plausible single record of energy");
    assertThat(out.problems().get(2).message()).contains("'NaN' is not a number");
  }

  @Test
  void theSameInputsGiveTheSameBytes() throws IOException {
    Path f = Path.of("../examples/activity-2024.csv");
    InventoryRequest req = request(f, List.of(), GwpSet.AR6, 0, true);
    InventoryOutcome first = run(req);
    assertThat(first.problems()).isEmpty();
    String a = new InventoryJsonWriter().toJson(first.inventory(), first.lines());
    String b = new InventoryJsonWriter().toJson(run(req).inventory(), run(req).lines());
    assertThat(a).isEqualTo(b).contains("\"gwpSet\" : \"AR6\"");
  }

  @Test
  void yearFilterKeepsOnlyThatYear() throws IOException {
    Path f =
        csv(
            "y.csv",
            "E1,Group,S,2022-05,s2.electricity,1000,MWh,CN,",
            "E2,Group,S,2023-05,s2.electricity,1000,MWh,CN,");
    InventoryRequest req = request(f, List.of(), GwpSet.AR5, 2023, false);
    InventoryOutcome out = run(req);
    assertThat(out.inventory().records()).isEqualTo(1);
    assertThat(out.inventory().totals().scope2Location()).isEqualTo(530_600_000L);
  }

  @Test
  void aUserFactorLibraryIsTriedBeforeTheBuiltInOne() throws IOException {
    Path lib =
        library(
            "my-factors.csv",
            "zj.2023,grid.location,CN-ZJ,2023,2023,CO2,0.5,kg/kWh,grid_average,Zhejiang provincial factor (example),user_supplied");
    Path f = csv("z.csv", "E1,Group,S,2023-05,s2.electricity,1000,MWh,CN-ZJ,");
    InventoryRequest req = request(f, List.of(lib), GwpSet.AR5, 0, true);
    InventoryOutcome out = run(req);
    assertThat(out.inventory().totals().scope2Location()).isEqualTo(500_000_000L);
    assertThat(out.lines().get(0).factor().id()).isEqualTo("zj.2023");
    assertThat(out.inventory().manifest().libraries().get(0).name()).isEqualTo("my-factors");
  }

  @Test
  void aBadUserLibraryIsRefusedWithItsRowsNamed() throws IOException {
    Path lib =
        library(
            "broken.csv",
            "x,grid.location,CN,2023,2022,CO2,abc,kg/furlong,grid_average,Somebody,trust_me");
    Path f = csv("z.csv", "E1,Group,S,2023-05,s2.electricity,1000,MWh,CN,");
    InventoryRequest req = request(f, List.of(lib), GwpSet.AR5, 0, false);
    assertThat(run(req).problems())
        .extracting(Problem::toString)
        .containsExactly(
            "broken.csv:2 [value]: value 'abc' is not a number",
            "broken.csv:2 [unit]: unit 'kg/furlong' is not mass per unit, e.g. kg/TJ, t/MWh, kg/USD@2016",
            "broken.csv:2 [verification]: verification 'trust_me' is not published, corroborated, derived, secondary, to_verify or user_supplied",
            "broken.csv:2 [valid_to]: valid_to 2022-12-31 is before valid_from 2023-01-01");
  }

  @Test
  void biogenicCo2IsTotalledOutsideTheScopes() throws IOException {
    // 1 t wood in a commercial boiler: biogenic CO2 1,747.2 kg; Scope 1 CH4 + N2O 131.04 + 16.536
    // kg (AR5)
    Path f =
        csv(
            "w.csv",
            "W1,Group,Boiler,2024,s1.stationary.commercial_institutional.wood_wood_waste,1,t,CN,");
    InventoryOutcome out = run(f);
    assertThat(out.inventory().totals().biogenicCo2()).isEqualTo(1_747_200L);
    assertThat(out.inventory().totals().scope1()).isEqualTo(147_576L);
    assertThat(out.inventory().totals().totalLocation()).isEqualTo(147_576L);
  }

  @Test
  void anUnreadableFileIsAProblemOfThatFile() throws IOException {
    Path fake = dir.resolve("fake.xlsx");
    Files.writeString(fake, "not a workbook");
    Path missing = dir.resolve("missing.csv");
    InventoryOutcome out = run(fake, missing);
    assertThat(out.ok()).isFalse();
    assertThat(out.problems())
        .extracting(Problem::file)
        .containsExactly("fake.xlsx", missing.toString());
    assertThat(out.problems().get(0).message())
        .startsWith("cannot read the file: fake.xlsx is not a readable XLSX workbook");
    assertThat(out.problems().get(1).message()).isEqualTo("file not found");
  }
}

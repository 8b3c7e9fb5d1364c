package org.scopeplus.io.city;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.scopeplus.core.city.CityInventory;
import org.scopeplus.core.city.GpcEntry;
import org.scopeplus.core.city.GpcLevel;
import org.scopeplus.core.city.GpcTotals;
import org.scopeplus.core.city.NotationKey;
import org.scopeplus.core.gas.GasGroup;
import org.scopeplus.core.problem.Problem;
import org.scopeplus.io.ReadResult;
import org.scopeplus.io.table.TableReader;

class CitySheetTest {

  @TempDir Path dir;

  static final String SHEET =
      "city,year,I.1.1,I.1.2,I.4.4,II.1.1,II.1.1_CO2,II.1.1_CH4,III.1.2,III.1.3,I.2.1,"
          + "I.2.1_explanation,VI.1\n"
          + "Hangzhou,2023,100,200,1000,300,299.5,0.5,20,70,NO,no commercial fuel use,80\n"
          + "Hangzhou,2022,90.5,,,,,,,,IE,in I.1.1,\n";

  static ReadResult<List<CityInventory>> read(String name, String csv) throws IOException {
    try (TableReader t =
        TableReader.csv(name, new ByteArrayInputStream(csv.getBytes(StandardCharsets.UTF_8)))) {
      return new CitySheetReader().read(t);
    }
  }

  @Test
  void aSheetGivesOneInventoryPerRowWithTheGpcTotals() throws IOException {
    ReadResult<List<CityInventory>> r = read("city.csv", SHEET);
    assertThat(r.problems()).isEmpty();
    CityInventory y2023 = r.value().get(0);
    assertThat(y2023.city()).isEqualTo("Hangzhou");
    assertThat(y2023.year()).isEqualTo(2023);
    // BASIC = I.1.1 100 + I.1.2 200 + II.1.1 300 + III.1.2 20 = 620 t;
    // territorial = 100 + 1000 + 300 + 70 = 1470 t
    GpcTotals t = GpcTotals.of(y2023);
    assertThat(t.at(GpcLevel.BASIC)).isEqualTo(620_000_000L);
    assertThat(t.territorial()).isEqualTo(1_470_000_000L);
    GpcEntry.Estimated road = (GpcEntry.Estimated) y2023.entries().get("II.1.1");
    assertThat(road.gases()).containsEntry(GasGroup.CH4, 500_000L);
    GpcEntry.Keyed commercial = (GpcEntry.Keyed) y2023.entries().get("I.2.1");
    assertThat(commercial.key()).isEqualTo(NotationKey.NO);
    assertThat(commercial.explanation()).isEqualTo("no commercial fuel use");
    assertThat(GpcTotals.of(r.value().get(1)).at(GpcLevel.BASIC)).isEqualTo(90_500_000L);
  }

  @Test
  void badCellsAreNamedByFileRowAndColumnAndNothingIsRead() throws IOException {
    String csv =
        "city,year,I.1.1,I.2.1,I.2.1_explanation,I.3.1,II.1.1,II.1.1_CO2,III.1.1\n"
            + "A,0,abc,NE,,1e300,-5,,\n"
            + "B,2020,1,C,,,10,9,\n"
            + "B,2020,1,,,,,,\n";
    ReadResult<List<CityInventory>> r = read("bad.csv", csv);
    assertThat(r.value()).isNull();
    assertThat(r.problems())
        .extracting(Problem::toString)
        .containsExactly(
            "bad.csv:2 [year]: inventory year 0 is outside 1990 to 2100",
            "bad.csv:2 [I.1.1]: 'abc' is neither tonnes CO2e nor a notation key (NO, IE, NE, C)",
            "bad.csv:2 [I.2.1_explanation]: notation key NE (not estimated) on I.2.1 needs its"
                + " explanation",
            "bad.csv:2 [I.3.1]: 1E+300 t CO2e on I.3.1 is beyond the 9007199254.740992 t (about"
                + " 9.0 Gt) one line may hold; check the amount and that it is in tonnes",
            "bad.csv:2 [II.1.1]: a negative amount on II.1.1: only V.2 (land) may be net"
                + " negative; write removals there",
            "bad.csv:3 [I.2.1_explanation]: notation key C (confidential) on I.2.1 needs its"
                + " explanation",
            "bad.csv:3 [II.1.1]: the gases of II.1.1 add up to 9 t CO2e, not the line's 10 t"
                + " CO2e",
            "bad.csv:4: the sheet has two rows for B in 2020");
  }

  @Test
  void aSheetOfMoreRowsThanTheLimitIsRefusedOnce() throws IOException {
    StringBuilder csv = new StringBuilder("city,year,I.1.1\n");
    for (int i = 0; i <= CitySheetReader.MAX_ROWS; i++) {
      csv.append("C").append(i).append(",2020,1\n");
    }
    ReadResult<List<CityInventory>> r = read("big.csv", csv.toString());
    // 10,001 data rows: the first beyond the limit is row 10,002 (the header is row 1)
    assertThat(r.problems())
        .extracting(Problem::toString)
        .containsExactly(
            "big.csv:10002: a sheet holds at most 10000 inventories (rows); split the file");
  }

  @Test
  void headerProblemsAreNamed() throws IOException {
    ReadResult<List<CityInventory>> r = read("h.csv", "city,I.1.9\nA,1\n");
    assertThat(r.problems())
        .extracting(Problem::toString)
        .anySatisfy(p -> assertThat(p).startsWith("h.csv:1 [I.1.9]: unknown column 'I.1.9'"))
        .anySatisfy(
            p -> assertThat(p).isEqualTo("h.csv:1 [year]: required column 'year' is missing"));
    assertThat(read("e.csv", "city,year\n").problems())
        .extracting(Problem::message)
        .containsExactly("the sheet has a header but no city inventory rows");
  }

  @Test
  void aWrittenSheetReadsBackToTheSameInventories() throws IOException {
    List<CityInventory> first = read("city.csv", SHEET).value();
    StringWriter out = new StringWriter();
    new CitySheetWriter().write(first, out);
    assertThat(out.toString()).startsWith("city,year,I.1.1,I.1.1_explanation,I.1.2,");
    assertThat(out.toString()).contains("II.1.1_CO2,II.1.1_CH4");
    List<CityInventory> again = read("again.csv", out.toString()).value();
    assertThat(again).isEqualTo(first);
  }

  @Test
  void theIpccExportAddsUpToTheTerritorialTotal() throws IOException {
    StringWriter out = new StringWriter();
    new CitySheetWriter().writeIpcc(read("city.csv", SHEET).value().subList(0, 1), out);
    List<String> rows = out.toString().lines().toList();
    assertThat(rows.get(0)).isEqualTo("city,year,ipcc_code,ipcc_category,gpc_references,t_co2e");
    // 1.A.1 = I.4.4 1000 t; 1.A.3.b = II.1.1 300 t; 1.A.4.b = I.1.1 100 t; 4.A = III.1.3 70 t
    assertThat(rows).contains("Hangzhou,2023,1.A.1,Energy industries,I.4.1 I.4.4,1000");
    assertThat(rows).contains("Hangzhou,2023,1.A.3.b,Road transportation,II.1.1,300");
    assertThat(rows).contains("Hangzhou,2023,4.A,Solid waste disposal,III.1.1 III.1.3,70");
    double sum =
        rows.stream()
            .skip(1)
            .mapToDouble(l -> Double.parseDouble(l.substring(l.lastIndexOf(',') + 1)))
            .sum();
    assertThat(sum).isEqualTo(1470.0);
  }

  @Test
  void xlsxSheetsAreReadLikeCsv() throws IOException {
    Path x = dir.resolve("city.xlsx");
    try (XSSFWorkbook wb = new XSSFWorkbook();
        OutputStream os = Files.newOutputStream(x)) {
      Sheet s = wb.createSheet("GPC");
      Row h = s.createRow(0);
      String[] head = {"City", "Year", "I.1.1", "V.2", "IV.1", "IV.1_explanation"};
      for (int i = 0; i < head.length; i++) {
        h.createCell(i).setCellValue(head[i]);
      }
      Row r = s.createRow(1);
      r.createCell(0).setCellValue("Shenzhen");
      r.createCell(1).setCellValue(2021);
      r.createCell(2).setCellValue(12.5);
      r.createCell(3).setCellValue(-3);
      r.createCell(4).setCellValue("C");
      r.createCell(5).setCellValue("one plant");
      wb.write(os);
    }
    ReadResult<List<CityInventory>> res;
    try (TableReader t = TableReader.open(x)) {
      res = new CitySheetReader().read(t);
    }
    assertThat(res.problems()).isEmpty();
    // BASIC = 12.5 t; BASIC+ = 12.5 - 3 = 9.5 t
    GpcTotals t = GpcTotals.of(res.value().get(0));
    assertThat(t.at(GpcLevel.BASIC)).isEqualTo(12_500_000L);
    assertThat(t.at(GpcLevel.BASIC_PLUS)).isEqualTo(9_500_000L);
  }
}

package org.scopeplus.io.table;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class XlsxTableReaderTest {

  @TempDir Path dir;

  @Test
  void numbersKeepTheirFullValueAndDatesBecomeIsoDates() throws IOException {
    Path x = dir.resolve("t.xlsx");
    try (XSSFWorkbook wb = new XSSFWorkbook();
        OutputStream os = Files.newOutputStream(x)) {
      var sheet = wb.createSheet();
      Row h = sheet.createRow(0);
      h.createCell(0).setCellValue("quantity");
      h.createCell(1).setCellValue("day");
      h.createCell(2).setCellValue("note");
      Row r = sheet.createRow(1);
      CellStyle twoDecimals = wb.createCellStyle();
      twoDecimals.setDataFormat(wb.createDataFormat().getFormat("#,##0.00"));
      r.createCell(0).setCellValue(1234.56789);
      r.getCell(0).setCellStyle(twoDecimals);
      CellStyle date = wb.createCellStyle();
      date.setDataFormat(wb.createDataFormat().getFormat("yyyy-mm-dd"));
      r.createCell(1).setCellValue(LocalDate.of(2024, 3, 31));
      r.getCell(1).setCellStyle(date);
      // column 2 left empty: the row is padded to the header width
      sheet.createRow(2);
      Row r3 = sheet.createRow(3);
      r3.createCell(2).setCellValue("only a note");
      wb.write(os);
    }
    List<TableRow> rows = new ArrayList<>();
    try (TableReader t = TableReader.open(x)) {
      assertThat(t.header()).containsExactly("quantity", "day", "note");
      t.forEachRow(rows::add);
      assertThat(t.sha256Hex()).hasSize(64);
    }
    assertThat(rows).hasSize(2);
    assertThat(rows.get(0).number()).isEqualTo(2);
    assertThat(rows.get(0).cells()).containsExactly("1234.56789", "2024-03-31", "");
    assertThat(rows.get(1).number()).isEqualTo(4);
    assertThat(rows.get(1).cells()).containsExactly("", "", "only a note");
  }

  @Test
  void aLargeWorkbookIsStreamed() throws IOException {
    // 200,000 rows written with the streaming writer; read back row by row
    Path x = dir.resolve("big.xlsx");
    try (SXSSFWorkbook wb = new SXSSFWorkbook(100);
        OutputStream os = Files.newOutputStream(x)) {
      var sheet = wb.createSheet();
      sheet.createRow(0).createCell(0).setCellValue("n");
      for (int i = 1; i <= 200_000; i++) {
        sheet.createRow(i).createCell(0).setCellValue(i);
      }
      wb.write(os);
    }
    long[] sum = {0, 0};
    try (TableReader t = TableReader.open(x)) {
      t.header();
      t.forEachRow(
          row -> {
            sum[0] += Long.parseLong(row.cells()[0]);
            sum[1]++;
          });
    }
    assertThat(sum[1]).isEqualTo(200_000);
    assertThat(sum[0]).isEqualTo(200_000L * 200_001L / 2);
  }

  @Test
  void aFileThatIsNotAWorkbookIsAClearError() throws IOException {
    Path x = dir.resolve("fake.xlsx");
    Files.writeString(x, "record_id,quantity\n");
    try (TableReader t = TableReader.open(x)) {
      org.assertj.core.api.Assertions.assertThatThrownBy(t::header)
          .isInstanceOf(IOException.class)
          .hasMessageStartingWith("fake.xlsx is not a readable XLSX workbook");
    }
  }

  @Test
  void anUploadKeepsItsOwnNameInMessages() throws IOException {
    Path stored = dir.resolve("upload-1234.tmp");
    Files.writeString(stored, "record_id,quantity\nA,1\n");
    try (TableReader t = TableReader.open(stored, "energy-2024.csv")) {
      assertThat(t.name()).isEqualTo("energy-2024.csv");
      assertThat(t.header()).containsExactly("record_id", "quantity");
    }
  }

  @Test
  void onlyTheSharedStringsTheSheetUsesAreKept() throws IOException {
    // a shared-string table of 300,000 unique strings; the sheet uses four, two at its very end
    StringBuilder table = new StringBuilder();
    for (int i = 0; i < 300_000; i++) {
      table.append("<si><t>note ").append(i).append("</t></si>");
    }
    Path x =
        handMade(
            "<row r=\"1\"><c r=\"A1\" t=\"s\"><v>0</v></c><c r=\"B1\" t=\"s\"><v>1</v></c></row>"
                + "<row r=\"2\"><c r=\"A2\" t=\"s\"><v>299999</v></c>"
                + "<c r=\"B2\" t=\"s\"><v>299998</v></c></row>",
            table.toString());
    List<TableRow> rows = new ArrayList<>();
    try (TableReader t = TableReader.open(x)) {
      assertThat(t.header()).containsExactly("note 0", "note 1");
      t.forEachRow(rows::add);
      assertThat(((XlsxTableReader) t).sharedStringsKept()).isEqualTo(4);
    }
    assertThat(rows).hasSize(1);
    assertThat(rows.get(0).cells()).containsExactly("note 299999", "note 299998");
  }

  @Test
  void sharedStringsWrittenByPoiAreReadBack() throws IOException {
    Path x = dir.resolve("strings.xlsx");
    try (SXSSFWorkbook wb = new SXSSFWorkbook(null, 100, true, true);
        OutputStream os = Files.newOutputStream(x)) {
      var first = wb.createSheet("activity");
      Row h = first.createRow(0);
      h.createCell(0).setCellValue("record_id");
      h.createCell(1).setCellValue("unit");
      for (int i = 1; i <= 1000; i++) {
        Row r = first.createRow(i);
        r.createCell(0).setCellValue("R-" + i);
        r.createCell(1).setCellValue("MWh");
      }
      wb.createSheet("notes").createRow(0).createCell(0).setCellValue("not on the first sheet");
      wb.write(os);
    }
    List<TableRow> rows = new ArrayList<>();
    try (TableReader t = TableReader.open(x)) {
      assertThat(t.header()).containsExactly("record_id", "unit");
      t.forEachRow(rows::add);
      // record_id, unit, R-1 to R-1000 and MWh; not the second sheet's note
      assertThat(((XlsxTableReader) t).sharedStringsKept()).isEqualTo(1003);
    }
    assertThat(rows).hasSize(1000);
    assertThat(rows.get(999).cells()).containsExactly("R-1000", "MWh");
  }

  @Test
  void richTextRunsAreJoinedAndPhoneticRunsLeftOut() throws IOException {
    Path x =
        handMade(
            "<row r=\"1\"><c r=\"A1\" t=\"s\"><v>2</v></c></row>"
                + "<row r=\"2\"><c r=\"A2\" t=\"s\"><v>0</v></c></row>",
            "<si><t>unused</t></si><si><t>unused too</t></si>"
                + "<si><r><t>site</t></r><r><t>_name</t></r><rPh sb=\"0\" eb=\"1\"><t>x</t></rPh></si>");
    try (TableReader t = TableReader.open(x)) {
      assertThat(t.header()).containsExactly("site_name");
      List<TableRow> rows = new ArrayList<>();
      t.forEachRow(rows::add);
      assertThat(rows.get(0).cells()).containsExactly("unused");
      assertThat(((XlsxTableReader) t).sharedStringsKept()).isEqualTo(2);
    }
  }

  @Test
  void aSharedStringIndexBeyondTheBoundIsRefusedNamingTheCell() throws IOException {
    Path x =
        handMade(
            "<row r=\"1\"><c r=\"A1\" t=\"s\"><v>0</v></c></row>"
                + "<row r=\"2\"><c r=\"B2\" t=\"s\"><v>"
                + SheetStrings.MAX_INDEX
                + "</v></c></row>",
            "<si><t>record_id</t></si>");
    try (TableReader t = TableReader.open(x)) {
      org.assertj.core.api.Assertions.assertThatThrownBy(t::header)
          .isInstanceOf(IOException.class)
          .hasMessageContaining("hand.xlsx")
          .hasMessageContaining("cell B2")
          .hasMessageContaining("at most 4194304 shared strings");
    }
  }

  @Test
  void aCellReferringToAMissingSharedStringIsRefused() throws IOException {
    Path x =
        handMade(
            "<row r=\"1\"><c r=\"A1\" t=\"s\"><v>0</v></c><c r=\"B1\" t=\"s\"><v>7</v></c></row>",
            "<si><t>record_id</t></si>");
    try (TableReader t = TableReader.open(x)) {
      org.assertj.core.api.Assertions.assertThatThrownBy(t::header)
          .isInstanceOf(IOException.class)
          .hasMessageContaining("shared string 7")
          .hasMessageContaining("only 1 entries");
    }
  }

  @Test
  void anExternalEntityInTheSharedStringsIsNeverResolved() throws IOException {
    Path secret = Files.writeString(dir.resolve("secret.txt"), "TOP-SECRET");
    Path x =
        handMade(
            "<row r=\"1\"><c r=\"A1\" t=\"s\"><v>0</v></c></row>"
                + "<row r=\"2\"><c r=\"A2\" t=\"s\"><v>0</v></c></row>",
            "<si><t>&xxe;</t></si>",
            "<!DOCTYPE sst [<!ENTITY xxe SYSTEM \"" + secret.toUri() + "\">]>");
    List<String> seen = new ArrayList<>();
    try (TableReader t = TableReader.open(x)) {
      seen.addAll(t.header());
      t.forEachRow(r -> seen.addAll(List.of(r.cells())));
    } catch (IOException refused) {
      seen.add(refused.getMessage());
    }
    assertThat(seen).noneMatch(s -> s.contains("TOP-SECRET"));
  }

  private Path handMade(String rows, String strings) throws IOException {
    return handMade(rows, strings, "");
  }

  /** A minimal workbook written part by part: one sheet and a shared-string table. */
  private Path handMade(String rows, String strings, String doctype) throws IOException {
    String ns = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
    String rel = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
    Map<String, String> parts = new LinkedHashMap<>();
    parts.put(
        "[Content_Types].xml",
        "<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">"
            + "<Default Extension=\"rels\" ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/>"
            + "<Default Extension=\"xml\" ContentType=\"application/xml\"/>"
            + "<Override PartName=\"/xl/workbook.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml\"/>"
            + "<Override PartName=\"/xl/worksheets/sheet1.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml\"/>"
            + "<Override PartName=\"/xl/sharedStrings.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml\"/>"
            + "</Types>");
    parts.put(
        "_rels/.rels",
        "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
            + "<Relationship Id=\"rId1\" Type=\""
            + rel
            + "/officeDocument\" Target=\"xl/workbook.xml\"/></Relationships>");
    parts.put(
        "xl/workbook.xml",
        "<workbook xmlns=\""
            + ns
            + "\" xmlns:r=\""
            + rel
            + "\"><sheets><sheet name=\"s\" sheetId=\"1\" r:id=\"rId1\"/></sheets></workbook>");
    parts.put(
        "xl/_rels/workbook.xml.rels",
        "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
            + "<Relationship Id=\"rId1\" Type=\""
            + rel
            + "/worksheet\" Target=\"worksheets/sheet1.xml\"/>"
            + "<Relationship Id=\"rId2\" Type=\""
            + rel
            + "/sharedStrings\" Target=\"sharedStrings.xml\"/></Relationships>");
    parts.put(
        "xl/worksheets/sheet1.xml",
        "<worksheet xmlns=\"" + ns + "\"><sheetData>" + rows + "</sheetData></worksheet>");
    parts.put("xl/sharedStrings.xml", doctype + "<sst xmlns=\"" + ns + "\">" + strings + "</sst>");
    Path x = dir.resolve("hand.xlsx");
    try (ZipOutputStream zip = new ZipOutputStream(Files.newOutputStream(x))) {
      for (Map.Entry<String, String> p : parts.entrySet()) {
        zip.putNextEntry(new ZipEntry(p.getKey()));
        zip.write(p.getValue().getBytes(StandardCharsets.UTF_8));
        zip.closeEntry();
      }
    }
    return x;
  }
}

package org.scopeplus.io.table;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
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
}

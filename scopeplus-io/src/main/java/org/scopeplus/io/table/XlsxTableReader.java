package org.scopeplus.io.table;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * The first sheet of an XLSX workbook: row 1 is the header. Numbers are read as their plain decimal
 * value, not as displayed, so a cell formatted to two decimals keeps its full value.
 */
final class XlsxTableReader extends TableReader {

  private XSSFWorkbook workbook;
  private Sheet sheet;
  private List<String> header;
  private final DataFormatter formatter = new DataFormatter();

  XlsxTableReader(String name, InputStream in) {
    super(name, in);
  }

  @Override
  public List<String> header() throws IOException {
    if (header == null) {
      workbook =
          new XSSFWorkbook(
              new java.io.FilterInputStream(stream()) {
                @Override
                public void close() {
                  // the workbook closes its input; keep it open so the hash covers every byte
                }
              });
      sheet = workbook.getSheetAt(0);
      header = new ArrayList<>();
      Row first = sheet.getRow(sheet.getFirstRowNum());
      if (first != null) {
        for (int c = 0; c < first.getLastCellNum(); c++) {
          header.add(text(first.getCell(c)).strip());
        }
      }
    }
    return header;
  }

  @Override
  public void forEachRow(Consumer<TableRow> consumer) throws IOException {
    int width = header().size();
    for (int r = sheet.getFirstRowNum() + 1; r <= sheet.getLastRowNum(); r++) {
      Row row = sheet.getRow(r);
      if (row == null) {
        continue;
      }
      String[] cells = new String[Math.max(width, Math.max(0, row.getLastCellNum()))];
      boolean empty = true;
      for (int c = 0; c < cells.length; c++) {
        cells[c] = text(row.getCell(c));
        empty &= cells[c].isBlank();
      }
      if (!empty) {
        consumer.accept(new TableRow(r + 1L, cells));
      }
    }
  }

  private String text(Cell cell) {
    if (cell == null) {
      return "";
    }
    CellType type =
        cell.getCellType() == CellType.FORMULA
            ? cell.getCachedFormulaResultType()
            : cell.getCellType();
    if (type == CellType.NUMERIC) {
      if (DateUtil.isCellDateFormatted(cell)) {
        return cell.getLocalDateTimeCellValue().toLocalDate().toString();
      }
      double v = cell.getNumericCellValue();
      return v == Math.rint(v) && Math.abs(v) < 1e15
          ? Long.toString((long) v)
          : java.math.BigDecimal.valueOf(v).toPlainString();
    }
    if (type == CellType.STRING) {
      return cell.getStringCellValue();
    }
    if (type == CellType.BOOLEAN) {
      return Boolean.toString(cell.getBooleanCellValue());
    }
    return formatter.formatCellValue(cell);
  }

  @Override
  public void close() throws IOException {
    if (workbook != null) {
      workbook.close();
    }
    super.close();
  }
}

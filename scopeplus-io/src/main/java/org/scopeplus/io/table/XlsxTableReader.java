package org.scopeplus.io.table;

import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import javax.xml.parsers.ParserConfigurationException;
import org.apache.poi.openxml4j.exceptions.OpenXML4JException;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackageAccess;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.util.XMLHelper;
import org.apache.poi.xssf.eventusermodel.ReadOnlySharedStringsTable;
import org.apache.poi.xssf.eventusermodel.XSSFReader;
import org.apache.poi.xssf.eventusermodel.XSSFSheetXMLHandler;
import org.apache.poi.xssf.usermodel.XSSFComment;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.XMLReader;

/**
 * The first sheet of an XLSX workbook, streamed row by row with POI's event API so that a large
 * workbook is never held in memory; row 1 is the header. Numbers are read as their plain decimal
 * value, not as displayed, so a cell formatted to two decimals keeps its full value; date cells
 * become ISO dates.
 */
final class XlsxTableReader extends TableReader {

  private final Path path;
  private List<String> header;

  XlsxTableReader(String name, InputStream in, Path path) {
    super(name, in);
    this.path = path;
  }

  @Override
  public List<String> header() throws IOException {
    if (header == null) {
      List<String> first = new ArrayList<>();
      try {
        parse(
            row -> {
              for (String c : row.cells()) {
                first.add(c.strip());
              }
              throw new StopParsing();
            });
      } catch (StopParsing stop) {
        // the header is all that was wanted
      }
      while (!first.isEmpty() && first.get(first.size() - 1).isEmpty()) {
        first.remove(first.size() - 1);
      }
      header = first;
    }
    return header;
  }

  @Override
  public void forEachRow(Consumer<TableRow> consumer) throws IOException {
    int width = header().size();
    parse(
        row -> {
          if (row.number() == 1) {
            return;
          }
          String[] cells = row.cells();
          if (cells.length < width) {
            String[] padded = new String[width];
            System.arraycopy(cells, 0, padded, 0, cells.length);
            for (int i = cells.length; i < width; i++) {
              padded[i] = "";
            }
            cells = padded;
          }
          consumer.accept(new TableRow(row.number(), cells));
        });
  }

  private void parse(Consumer<TableRow> rows) throws IOException {
    try (OPCPackage pkg = OPCPackage.open(path.toFile(), PackageAccess.READ)) {
      XSSFReader reader = new XSSFReader(pkg);
      ReadOnlySharedStringsTable strings = new ReadOnlySharedStringsTable(pkg, false);
      XSSFReader.SheetIterator sheets = reader.getSheetIterator();
      if (!sheets.hasNext()) {
        return;
      }
      try (InputStream sheet = sheets.next()) {
        XMLReader xml = XMLHelper.newXMLReader();
        xml.setContentHandler(
            new XSSFSheetXMLHandler(
                reader.getStylesTable(),
                strings,
                new RowCollector(rows),
                new PlainNumbers(),
                false));
        xml.parse(new InputSource(sheet));
      }
    } catch (OpenXML4JException
        | SAXException
        | ParserConfigurationException
        | org.apache.poi.UnsupportedFileFormatException
        | org.apache.poi.ooxml.POIXMLException e) {
      throw new IOException(name() + " is not a readable XLSX workbook: " + e.getMessage(), e);
    }
  }

  /** Gathers the cells of each row, leaving out rows that are entirely blank. */
  private static final class RowCollector implements XSSFSheetXMLHandler.SheetContentsHandler {
    private final Consumer<TableRow> rows;
    private final List<String> cells = new ArrayList<>();

    RowCollector(Consumer<TableRow> rows) {
      this.rows = rows;
    }

    @Override
    public void startRow(int rowNum) {
      cells.clear();
    }

    @Override
    public void endRow(int rowNum) {
      boolean blank = true;
      for (String c : cells) {
        blank &= c.isBlank();
      }
      if (!blank) {
        rows.accept(new TableRow(rowNum + 1L, cells.toArray(new String[0])));
      }
    }

    @Override
    public void cell(String reference, String formattedValue, XSSFComment comment) {
      int column = reference == null ? cells.size() : new CellReference(reference).getCol();
      while (cells.size() < column) {
        cells.add("");
      }
      cells.add(formattedValue == null ? "" : formattedValue);
    }
  }

  /** Numbers as their full decimal value; dates as ISO dates. */
  private static final class PlainNumbers extends DataFormatter {
    @Override
    public String formatRawCellContents(double value, int formatIndex, String formatString) {
      return formatRawCellContents(value, formatIndex, formatString, false);
    }

    @Override
    public String formatRawCellContents(
        double value, int formatIndex, String formatString, boolean use1904) {
      if (DateUtil.isADateFormat(formatIndex, formatString) && DateUtil.isValidExcelDate(value)) {
        return DateUtil.getLocalDateTime(value, use1904).toLocalDate().toString();
      }
      return value == Math.rint(value) && Math.abs(value) < 1e15
          ? Long.toString((long) value)
          : BigDecimal.valueOf(value).toPlainString();
    }
  }

  /** Ends a parse early once the header row has been read. */
  private static final class StopParsing extends RuntimeException {
    private static final long serialVersionUID = 1L;

    StopParsing() {
      super(null, null, false, false);
    }
  }
}

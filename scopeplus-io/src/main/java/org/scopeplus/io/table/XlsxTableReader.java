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
import org.apache.poi.openxml4j.opc.PackagePart;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.util.XMLHelper;
import org.apache.poi.xssf.eventusermodel.XSSFReader;
import org.apache.poi.xssf.eventusermodel.XSSFSheetXMLHandler;
import org.apache.poi.xssf.usermodel.XSSFComment;
import org.apache.poi.xssf.usermodel.XSSFRelation;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.XMLReader;

/**
 * The first sheet of an XLSX workbook, streamed row by row with POI's event API so that a large
 * workbook is never held in memory; row 1 is the header. Only the shared strings the sheet refers
 * to are kept, within the bounds of {@link SheetStrings}; zip-bomb checks are POI's {@code
 * ZipSecureFile} defaults and the XML parsers refuse external entities. Numbers are read as their
 * plain decimal value, not as displayed, so a cell formatted to two decimals keeps its full value;
 * date cells become ISO dates.
 */
final class XlsxTableReader extends TableReader {

  /** Most bytes the styles part or the workbook part (the sheet list) may hold: 16 MiB. */
  static final long MAX_PART_BYTES = 16L << 20;

  private final Path path;
  private List<String> header;
  private SheetStrings strings;

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

  /** How many shared strings are held, once a row has been read: those the sheet refers to. */
  int sharedStringsKept() {
    return strings == null ? 0 : strings.getCount();
  }

  private void parse(Consumer<TableRow> rows) throws IOException {
    try (OPCPackage pkg = OPCPackage.open(path.toFile(), PackageAccess.READ)) {
      XSSFReader reader = new XSSFReader(pkg);
      boundPartSizes(pkg);
      if (!reader.getSheetIterator().hasNext()) {
        return;
      }
      if (strings == null) {
        try (InputStream sheet = reader.getSheetIterator().next()) {
          strings = SheetStrings.read(name(), sheet, () -> sharedStrings(pkg));
        }
      }
      try (InputStream sheet = reader.getSheetIterator().next()) {
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

  /** The shared-string table's stream, or null when the workbook has none. */
  private static InputStream sharedStrings(OPCPackage pkg) throws IOException {
    List<PackagePart> parts =
        pkg.getPartsByContentType(XSSFRelation.SHARED_STRINGS.getContentType());
    return parts.isEmpty() ? null : parts.get(0).getInputStream();
  }

  /**
   * Refuses a workbook whose styles or workbook part declares more than {@link #MAX_PART_BYTES}:
   * POI reads those two parts whole into memory, unlike the sheet and the shared strings.
   */
  private void boundPartSizes(OPCPackage pkg) throws IOException {
    for (XSSFRelation r : List.of(XSSFRelation.STYLES, XSSFRelation.WORKBOOK)) {
      for (PackagePart part : pkg.getPartsByContentType(r.getContentType())) {
        if (part.getSize() > MAX_PART_BYTES) {
          throw new IOException(
              name()
                  + ": its part "
                  + part.getPartName().getName()
                  + " holds "
                  + part.getSize()
                  + " bytes, more than the "
                  + MAX_PART_BYTES
                  + " a workbook's styles or sheet list may hold");
        }
      }
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

package org.scopeplus.io.table;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.BitSet;
import javax.xml.parsers.ParserConfigurationException;
import org.apache.poi.ss.usermodel.RichTextString;
import org.apache.poi.util.XMLHelper;
import org.apache.poi.xssf.model.SharedStrings;
import org.apache.poi.xssf.usermodel.XSSFRichTextString;
import org.xml.sax.Attributes;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.XMLReader;
import org.xml.sax.helpers.DefaultHandler;

/**
 * The shared strings one sheet uses, and only those: a workbook's shared-string table may hold
 * millions of entries that no cell of the sheet refers to, and reading them all would hold them all
 * in memory. The sheet is scanned first for the indexes its cells refer to; the table is then
 * streamed and only those entries are kept, as UTF-8 bytes in one array. Two documented bounds
 * refuse a workbook beyond them, naming the cell: a shared-string index of {@link #MAX_INDEX} or
 * more, and more than {@link #MAX_TEXT_BYTES} bytes of text referred to by the sheet.
 *
 * <p>Text is read as POI's {@code ReadOnlySharedStringsTable} reads it without phonetic runs: the
 * {@code t} elements of an {@code si}, rich-text runs joined, {@code rPh} runs left out.
 */
final class SheetStrings implements SharedStrings {

  /** Shared-string indexes a cell may refer to: 0 to 4,194,303 (4 Mi entries). */
  static final int MAX_INDEX = 1 << 22;

  /** Most text the sheet's shared-string cells may refer to, as UTF-8: 64 MiB. */
  static final int MAX_TEXT_BYTES = 64 << 20;

  private static final String MAIN_NS = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";

  private final int[] indexes;
  private final int[] offsets;
  private final byte[] text;

  private SheetStrings(int[] indexes, int[] offsets, byte[] text) {
    this.indexes = indexes;
    this.offsets = offsets;
    this.text = text;
  }

  /** No shared strings: a workbook without a shared-string table. */
  static SheetStrings none() {
    return new SheetStrings(new int[0], new int[] {0}, new byte[0]);
  }

  /**
   * Reads the entries of {@code table} (a {@code sharedStrings.xml} stream, or null when the
   * workbook has none) that the cells of {@code sheet} refer to.
   *
   * @param file the workbook's name, for messages
   * @throws IOException when a bound is passed or a cell refers to an entry the table lacks
   */
  static SheetStrings read(String file, InputStream sheet, Opener table) throws IOException {
    References refs = new References(file);
    parse(sheet, refs);
    if (refs.used.isEmpty()) {
      return none();
    }
    Kept kept = new Kept(file, refs.used);
    try (InputStream in = table.open()) {
      if (in == null) {
        throw new IOException(
            file + ": cell " + refs.firstCell + " refers to a shared string but there are none");
      }
      parse(in, kept);
    } catch (Complete done) {
      // every entry the sheet refers to has been read; the rest of the table is not needed
    }
    int missing = firstMissing(refs.used, kept.found);
    if (missing >= 0) {
      throw new IOException(
          file
              + ": a cell refers to shared string "
              + missing
              + " but the workbook's shared-string table has only "
              + kept.entry
              + " entries");
    }
    return kept.strings();
  }

  /** Opens the shared-string table, or answers null when the workbook has none. */
  @FunctionalInterface
  interface Opener {
    InputStream open() throws IOException;
  }

  private static int firstMissing(BitSet used, BitSet found) {
    BitSet m = (BitSet) used.clone();
    m.andNot(found);
    return m.nextSetBit(0);
  }

  private static void parse(InputStream in, DefaultHandler handler) throws IOException {
    try {
      XMLReader xml = XMLHelper.newXMLReader();
      xml.setContentHandler(handler);
      xml.parse(new InputSource(in));
    } catch (SAXException | ParserConfigurationException e) {
      throw new IOException("the workbook's XML cannot be read: " + e.getMessage(), e);
    } catch (Refused r) {
      throw new IOException(r.getMessage(), r);
    }
  }

  @Override
  public RichTextString getItemAt(int idx) {
    int at = Arrays.binarySearch(indexes, idx);
    if (at < 0) {
      throw new IllegalStateException("shared string " + idx + " was not referred to by the sheet");
    }
    return new XSSFRichTextString(
        new String(text, offsets[at], offsets[at + 1] - offsets[at], StandardCharsets.UTF_8));
  }

  @Override
  public int getCount() {
    return indexes.length;
  }

  @Override
  public int getUniqueCount() {
    return indexes.length;
  }

  /** Collects the shared-string indexes of a sheet's {@code <c t="s"><v>N</v></c>} cells. */
  private static final class References extends DefaultHandler {
    private final String file;
    private final BitSet used = new BitSet();
    private final StringBuilder value = new StringBuilder();
    private boolean sharedCell;
    private boolean inValue;
    private String cell;
    private String firstCell;

    References(String file) {
      this.file = file;
    }

    @Override
    public void startElement(String uri, String local, String qName, Attributes a) {
      if (!MAIN_NS.equals(uri)) {
        return;
      }
      if ("c".equals(local)) {
        sharedCell = "s".equals(a.getValue("t"));
        cell = a.getValue("r");
      } else if ("v".equals(local) && sharedCell) {
        inValue = true;
        value.setLength(0);
      }
    }

    @Override
    public void characters(char[] ch, int start, int length) {
      if (inValue) {
        if (value.length() + length > 64) {
          throw new Refused(
              file
                  + ": cell "
                  + (cell == null ? "?" : cell)
                  + " has an overlong shared-string index");
        }
        value.append(ch, start, length);
      }
    }

    @Override
    public void endElement(String uri, String local, String qName) {
      if (!inValue || !"v".equals(local)) {
        return;
      }
      inValue = false;
      int idx;
      try {
        idx = Integer.parseInt(value.toString().strip());
      } catch (NumberFormatException e) {
        return; // the sheet reader reports such a cell as it always has: an empty value
      }
      if (idx < 0 || idx >= MAX_INDEX) {
        throw new Refused(
            file
                + ": cell "
                + (cell == null ? "?" : cell)
                + " refers to shared string "
                + idx
                + "; a workbook may use at most "
                + MAX_INDEX
                + " shared strings: split the file");
      }
      if (firstCell == null) {
        firstCell = cell == null ? "?" : cell;
      }
      used.set(idx);
    }
  }

  /** Streams the shared-string table, keeping the entries the sheet uses. */
  private static final class Kept extends DefaultHandler {
    private final String file;
    private final BitSet used;
    private final int last;
    private final BitSet found = new BitSet();
    private final StringBuilder current = new StringBuilder();
    private int[] indexes = new int[16];
    private int[] offsets = new int[17];
    private byte[] text = new byte[1024];
    private int size;
    private int bytes;
    private int entry;
    private boolean wanted;
    private boolean inText;
    private boolean inPhonetic;

    Kept(String file, BitSet used) {
      this.file = file;
      this.used = used;
      this.last = used.length() - 1;
    }

    @Override
    public void startElement(String uri, String local, String qName, Attributes a) {
      if (!MAIN_NS.equals(uri)) {
        return;
      }
      switch (local) {
        case "si" -> {
          wanted = used.get(entry);
          current.setLength(0);
        }
        case "t" -> inText = true;
        case "rPh" -> inPhonetic = true;
        default -> {
          // formatting and other elements carry no text of their own
        }
      }
    }

    @Override
    public void characters(char[] ch, int start, int length) {
      if (wanted && inText && !inPhonetic) {
        if (current.length() + (long) length > MAX_TEXT_BYTES) {
          tooMuch();
        }
        current.append(ch, start, length);
      }
    }

    @Override
    public void endElement(String uri, String local, String qName) {
      if (!MAIN_NS.equals(uri)) {
        return;
      }
      switch (local) {
        case "t" -> inText = false;
        case "rPh" -> inPhonetic = false;
        case "si" -> {
          if (wanted) {
            keep(entry, current.toString());
            wanted = false;
          }
          entry++;
          if (entry > last) {
            throw new Complete();
          }
        }
        default -> {
          // nothing to close
        }
      }
    }

    private void keep(int index, String s) {
      byte[] b = s.getBytes(StandardCharsets.UTF_8);
      if ((long) bytes + b.length > MAX_TEXT_BYTES) {
        tooMuch();
      }
      if (size == indexes.length) {
        indexes = Arrays.copyOf(indexes, size * 2);
        offsets = Arrays.copyOf(offsets, size * 2 + 1);
      }
      if (bytes + b.length > text.length) {
        text =
            Arrays.copyOf(
                text,
                (int)
                    Math.min(MAX_TEXT_BYTES, Math.max(text.length * 2L, bytes + (long) b.length)));
      }
      System.arraycopy(b, 0, text, bytes, b.length);
      indexes[size] = index;
      bytes += b.length;
      size++;
      offsets[size] = bytes;
      found.set(index);
    }

    private void tooMuch() {
      throw new Refused(
          file
              + ": the text cells of the sheet hold more than "
              + MAX_TEXT_BYTES
              + " bytes of shared strings; split the file");
    }

    SheetStrings strings() {
      return new SheetStrings(Arrays.copyOf(indexes, size), Arrays.copyOf(offsets, size + 1), text);
    }
  }

  /** A bound passed while parsing; becomes an IOException naming it. */
  private static final class Refused extends RuntimeException {
    private static final long serialVersionUID = 1L;

    Refused(String message) {
      super(message, null, false, false);
    }
  }

  /** Ends the table's parse once every entry the sheet uses has been read. */
  private static final class Complete extends RuntimeException {
    private static final long serialVersionUID = 1L;

    Complete() {
      super(null, null, false, false);
    }
  }
}

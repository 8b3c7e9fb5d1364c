package org.scopeplus.io.table;

import de.siegmar.fastcsv.reader.CsvParseException;
import de.siegmar.fastcsv.reader.CsvReader;
import de.siegmar.fastcsv.reader.CsvRecord;
import de.siegmar.fastcsv.reader.CsvRecordHandler;
import de.siegmar.fastcsv.reader.FieldMismatchStrategy;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.PushbackInputStream;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import org.scopeplus.core.problem.Problem;
import org.scopeplus.core.text.PlainText;
import org.scopeplus.core.text.Sentence;

/**
 * The CSV every reader accepts, written once: UTF-8 (a UTF-8 byte order mark is skipped),
 * comma-separated, fields quoted with {@code "} as RFC 4180 describes, and within the limits below.
 * Everything else is refused as a located {@link Problem} (file, row, column where known, and a
 * sentence): a quote that is never closed, bytes that are not UTF-8, a control character in a cell,
 * a row with too many cells or too many characters.
 *
 * <p>Rows are numbered as a spreadsheet shows them: the first non-empty row is 1; empty lines are
 * skipped and not numbered.
 */
public final class CsvFormat {

  /** The most cells a row may have: far above any format's columns, far below a parser's limits. */
  public static final int MAX_COLUMNS = 1_000;

  /** The most characters one cell may have: Excel's own limit for a cell (32,767). */
  public static final int MAX_CELL_CHARS = 32_767;

  /** The most characters one row may have, its cells added up. */
  public static final int MAX_ROW_CHARS = 1 << 20;

  private CsvFormat() {}

  /**
   * A reader of CSV records from UTF-8 bytes within the limits. Bytes that are not UTF-8 arrive as
   * {@link PlainText#UNDECODABLE} in their cell, so that {@link #cellProblem} names the row and
   * column; a file that starts with a UTF-16 byte order mark is refused whole.
   *
   * @param file the file name, for the problem
   */
  public static CsvReader<CsvRecord> reader(String file, InputStream in) throws IOException {
    PushbackInputStream bytes = new PushbackInputStream(in, 3);
    byte[] head = bytes.readNBytes(3);
    boolean utf8Bom =
        head.length == 3
            && head[0] == (byte) 0xEF
            && head[1] == (byte) 0xBB
            && head[2] == (byte) 0xBF;
    if (!utf8Bom) {
      if (head.length >= 2
          && ((head[0] == (byte) 0xFE && head[1] == (byte) 0xFF)
              || (head[0] == (byte) 0xFF && head[1] == (byte) 0xFE))) {
        throw new TableProblem(
            new Problem(
                file,
                0,
                "",
                "the file is UTF-16 text; save it as CSV UTF-8 (comma delimited) and upload again",
                Sentence.of("problem.utf16")));
      }
      bytes.unread(head);
    }
    InputStreamReader text =
        new InputStreamReader(
            bytes,
            StandardCharsets.UTF_8
                .newDecoder()
                .onMalformedInput(CodingErrorAction.REPLACE)
                .onUnmappableCharacter(CodingErrorAction.REPLACE)
                .replaceWith(String.valueOf(PlainText.UNDECODABLE)));
    return CsvReader.builder()
        .extraFieldStrategy(FieldMismatchStrategy.IGNORE)
        .missingFieldStrategy(FieldMismatchStrategy.IGNORE)
        .skipEmptyLines(true)
        .allowUnclosedQuote(false)
        .maxBufferSize(MAX_ROW_CHARS)
        .build(
            CsvRecordHandler.builder()
                .maxFields(MAX_COLUMNS)
                .maxFieldSize(MAX_CELL_CHARS)
                .maxRecordSize(MAX_ROW_CHARS)
                .build(),
            text);
  }

  /**
   * The problem with a record's cells, or null when every cell is plain text.
   *
   * @param row the row number as {@link CsvFormat} numbers rows
   * @param header the header cells, to name a column; a cell beyond it (or under an empty header
   *     cell) is named by its position, {@code cell 26}
   */
  public static Problem cellProblem(String file, long row, List<String> header, CsvRecord record) {
    for (int i = 0, n = record.getFieldCount(); i < n; i++) {
      String cell = record.getField(i);
      int at = PlainText.firstRefused(cell);
      if (at >= 0) {
        boolean headed = i < header.size() && !header.get(i).isBlank();
        String column = headed ? header.get(i) : "cell " + (i + 1);
        String named = headed ? column : column + " of the row";
        return new Problem(
            file,
            row,
            column,
            named + " " + PlainText.why(cell, at),
            cellSentence(headed ? "problem.cell." : "problem.unnamedCell.", cell, at, column, i));
      }
    }
    return null;
  }

  /**
   * The problem with the header's cells ({@link #cellProblem} of the first row, whose cells have no
   * name yet), or null when every cell is plain text: "the header's cell 3 of the row holds ...".
   */
  public static Problem headerProblem(String file, long row, CsvRecord record) {
    Problem p = cellProblem(file, row, List.of(), record);
    if (p == null) {
      return null;
    }
    Sentence s = p.sentence();
    return new Problem(
        file,
        p.row(),
        "",
        "the header's " + p.message(),
        new Sentence(s.key().replace("problem.unnamedCell.", "problem.headerCell."), s.args()));
  }

  /**
   * The code of {@link PlainText#why}'s sentence for a cell: {@code <prefix>notUtf8}, {@code nul}
   * or {@code control}, with the cell's name (its column, or its position when it has none), the
   * character's code point where it is a control character, and the 1-based character.
   */
  private static Sentence cellSentence(String prefix, String cell, int at, String column, int i) {
    String where = prefix.equals("problem.cell.") ? column : Integer.toString(i + 1);
    return PlainText.whySaid(prefix, where, cell, at);
  }

  /**
   * The problem a parse failure means, located at the row being read: the row after the last one
   * read, since the parser fails before it hands the row over.
   */
  public static Problem syntaxProblem(String file, long row, CsvParseException e) {
    String cause = e.getCause() != null ? e.getCause().getMessage() : e.getMessage();
    String text = cause == null ? "" : cause.toLowerCase(Locale.ROOT);
    String sentence;
    Sentence code;
    if (text.contains("unclosed quoted field")) {
      sentence =
          "a quoted cell that starts in this row is never closed: a closing quote (\") is missing,"
              + " so the rest of the file would be read as one cell";
      code = Sentence.of("problem.csv.unclosedQuote");
    } else if (text.contains("maximum limit of") && text.contains("fields")) {
      sentence = "the row has more than " + MAX_COLUMNS + " cells, the most a row may have";
      code = Sentence.of("problem.csv.tooManyCells", Integer.toString(MAX_COLUMNS));
    } else if (text.contains("max field size") || text.contains("maximum buffer size")) {
      sentence =
          "a cell is longer than "
              + MAX_CELL_CHARS
              + " characters, the most a cell may have (or a quote is not closed and the rest of"
              + " the file was read as one cell)";
      code = Sentence.of("problem.csv.cellTooLong", Integer.toString(MAX_CELL_CHARS));
    } else if (text.contains("max record size")) {
      sentence = "the row is longer than " + MAX_ROW_CHARS + " characters, the most a row may have";
      code = Sentence.of("problem.csv.rowTooLong", Integer.toString(MAX_ROW_CHARS));
    } else if (text.contains("after closing quote")) {
      sentence =
          "a quoted cell has text after its closing quote; inside a quoted cell write a quote"
              + " twice (\"\")";
      code = Sentence.of("problem.csv.textAfterQuote");
    } else {
      sentence = "the row is not valid CSV (" + cause + ")";
      code = Sentence.of("problem.csv.notValid", String.valueOf(cause));
    }
    return new Problem(file, row, "", sentence, code);
  }

  /**
   * Whether a problem is a row's CSV syntax ({@link #syntaxProblem}): it concerns the row's bytes,
   * before any cell is known, so it names the row and no column.
   */
  public static boolean concernsTheRowsSyntax(Problem p) {
    return p.column().isEmpty() && p.code() != null && p.code().startsWith("problem.csv.");
  }
}

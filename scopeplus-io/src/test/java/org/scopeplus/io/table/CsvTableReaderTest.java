package org.scopeplus.io.table;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.scopeplus.core.problem.Problem;

/** The CSV of {@link CsvFormat}: what is read, and every refusal with its row and column. */
class CsvTableReaderTest {

  private static final String HEADER = "record_id,org_unit,unit\n";

  private record Read(List<String> header, List<TableRow> rows, Problem problem) {}

  private static Read read(InputStream in) throws IOException {
    List<TableRow> rows = new ArrayList<>();
    try (TableReader t = TableReader.csv("a.csv", in)) {
      List<String> header = null;
      try {
        header = t.header();
        t.forEachRow(rows::add);
        return new Read(header, rows, null);
      } catch (TableProblem e) {
        return new Read(header, rows, e.problem());
      }
    }
  }

  private static Read read(String text) throws IOException {
    return read(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)));
  }

  private static Read read(byte[] bytes) throws IOException {
    return read(new ByteArrayInputStream(bytes));
  }

  @Test
  void plainCsvWithQuotesBlankLinesAndABomIsRead() throws IOException {
    Read r =
        read("\uFEFF" + HEADER + "E-1,\"Group/Cloud, East\",kWh\n\nE-2,\"a \"\"b\"\"\nc\",\tMWh\n");
    assertThat(r.problem()).isNull();
    assertThat(r.header()).containsExactly("record_id", "org_unit", "unit");
    assertThat(r.rows()).hasSize(2);
    assertThat(r.rows().get(0).cells()).containsExactly("E-1", "Group/Cloud, East", "kWh");
    assertThat(r.rows().get(1).number()).isEqualTo(3);
    assertThat(r.rows().get(1).cells()).containsExactly("E-2", "a \"b\"\nc", "\tMWh");
  }

  @Test
  void anUnterminatedQuoteIsRefusedAtItsRowInsteadOfSwallowingTheNextRow() throws IOException {
    Read r = read(HEADER + "E-1,Group,kWh\nE-2,\"Group/Cloud,kWh\nE-3,Group,kWh\n");
    assertThat(r.rows()).hasSize(1);
    assertThat(r.problem().row()).isEqualTo(3);
    assertThat(r.problem().message()).contains("never closed");
  }

  @Test
  void bytesThatAreNotUtf8AreRefusedWithRowAndColumn() throws IOException {
    ByteArrayOutputStream b = new ByteArrayOutputStream();
    b.writeBytes((HEADER + "E-1,Group,kWh\nE-2,Gr").getBytes(StandardCharsets.UTF_8));
    b.write(0xC3); // a lead byte with no continuation byte
    b.writeBytes("up,kWh\n".getBytes(StandardCharsets.UTF_8));
    Read r = read(b.toByteArray());
    assertThat(r.rows()).hasSize(1);
    assertThat(r.problem())
        .isEqualTo(
            new Problem(
                "a.csv",
                3,
                "org_unit",
                "org_unit is not valid UTF-8 text at character 3; save the file as UTF-8",
                // its code, for a page to say it in its reader's language
                org.scopeplus.core.text.Sentence.of("problem.cell.notUtf8", "org_unit", "3")));
  }

  @Test
  void aNulByteInACellIsRefusedWithRowAndColumn() throws IOException {
    Read r = read(HEADER + "E-1,Group,kWh\u0000\n");
    assertThat(r.problem())
        .isEqualTo(
            new Problem(
                "a.csv",
                2,
                "unit",
                "unit holds a NUL character (U+0000) at character 4; remove it",
                org.scopeplus.core.text.Sentence.of("problem.cell.nul", "unit", "4")));
  }

  /**
   * Reading on after a row read before, from the line it began at: the same rows, numbers, cells
   * and lines as reading every row gives after it, over quoted line breaks (LF and CRLF), blank
   * lines and a byte order mark; the lines before are not split, so a cell there that reading every
   * row refuses is not seen.
   */
  @Test
  void rowsAfterARowAreReadFromItsLineWithoutSplittingTheLinesBefore() throws IOException {
    String text =
        "\uFEFF"
            + HEADER
            + "E-1,\"Group\nCloud\",kWh\n\n"
            + "E-2,\"a\r\nb\",MWh\r\n"
            + "E-3,Group,kWh\n"
            + "E-4,\"x\ny\nz\",t\n\n\n"
            + "E-5,Group,GJ\n"
            + "E-6,\"last\nrow\",kWh\n";
    List<TableRow> all = new ArrayList<>();
    List<Long> lines = new ArrayList<>();
    try (TableReader t = TableReader.csv("a.csv", stream(text))) {
      t.header();
      t.forEachRow(
          r -> {
            all.add(r);
            lines.add(t.rowLine());
          });
    }
    // E-1 at line 2 (two lines), blank line 4, E-2 at 5 (two lines), E-3 at 7, E-4 at 8 (three
    // lines), blank lines 11 and 12, E-5 at 13, E-6 at 14
    assertThat(lines).containsExactly(2L, 5L, 7L, 8L, 13L, 14L);
    for (int i = 0; i < all.size(); i++) {
      TableRow after = all.get(i);
      List<TableRow> rows = new ArrayList<>();
      List<Long> rowLines = new ArrayList<>();
      try (TableReader t =
          CsvTableReader.after("a.csv", () -> stream(text), after.number(), lines.get(i))) {
        assertThat(t.header()).containsExactly("record_id", "org_unit", "unit");
        t.forEachRow(
            r -> {
              rows.add(r);
              rowLines.add(t.rowLine());
            });
      }
      assertThat(rows)
          .extracting(TableRow::number)
          .containsExactlyElementsOf(
              all.subList(i + 1, all.size()).stream().map(TableRow::number).toList());
      for (int j = 0; j < rows.size(); j++) {
        assertThat(rows.get(j).cells()).containsExactly(all.get(i + 1 + j).cells());
      }
      assertThat(rowLines).containsExactlyElementsOf(lines.subList(i + 1, lines.size()));
    }
    // a control character before the line read from: refused when every row is read, not seen
    // when the lines before are passed over
    String refusedEarly = HEADER + "E-1,Gro\u0007up,kWh\nE-2,Group,kWh\nE-3,Group,kWh\n";
    assertThat(read(refusedEarly).problem().message()).contains("U+0007");
    List<TableRow> after = new ArrayList<>();
    try (TableReader t = CsvTableReader.after("a.csv", () -> stream(refusedEarly), 3, 3)) {
      t.header();
      t.forEachRow(after::add);
    }
    assertThat(after).singleElement().extracting(TableRow::number).isEqualTo(4L);
  }

  private static InputStream stream(String text) {
    return new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8));
  }

  @Test
  void otherControlCharactersAreRefusedButTabsAndLineBreaksInQuotesAreNot() throws IOException {
    assertThat(read(HEADER + "E-1,Gro\u0007up,kWh\n").problem().message())
        .contains("a control character (U+0007)");
    assertThat(read(HEADER + "E-1,\"Gro\r\nup\",\tkWh\n").problem()).isNull();
  }

  @Test
  void aControlCharacterInTheHeaderOrBeyondItIsNamedByPosition() throws IOException {
    Read header = read("record_id,org\u0000_unit\n");
    assertThat(header.problem().row()).isEqualTo(1);
    assertThat(header.problem().message()).startsWith("the header's cell 2 of the row holds a NUL");
    Read beyond = read(HEADER + "E-1,Group,kWh,\u0000\n");
    assertThat(beyond.problem().column()).isEqualTo("cell 4");
    assertThat(beyond.problem().message()).startsWith("cell 4 of the row holds a NUL");
  }

  @Test
  void aFiftyMegabyteSingleLineIsRefusedAsTooLongAtRowOne() throws IOException {
    InputStream fifty = new RepeatedBytes((byte) 'a', 50L << 20);
    Read r = read(fifty);
    assertThat(r.problem().row()).isEqualTo(1);
    assertThat(r.problem().message())
        .contains("longer than " + CsvFormat.MAX_CELL_CHARS + " characters");
  }

  @Test
  void aMillionColumnsAreRefusedAtTheirRow() throws IOException {
    StringBuilder wide = new StringBuilder(HEADER).append("E-1,Group,kWh");
    wide.append(",x".repeat(1_000_000)).append('\n');
    Read r = read(wide.toString());
    assertThat(r.problem().row()).isEqualTo(2);
    assertThat(r.problem().message())
        .isEqualTo("the row has more than 1000 cells, the most a row may have");
    Read header = read(",h".repeat(1_000_000) + "\n");
    assertThat(header.problem().row()).isEqualTo(1);
  }

  @Test
  void aCellOrRowBeyondTheLimitsIsRefusedAndOneWithinThemIsRead() throws IOException {
    String longest = "x".repeat(CsvFormat.MAX_CELL_CHARS);
    assertThat(read(HEADER + "E-1," + longest + ",kWh\n").problem()).isNull();
    Read cell = read(HEADER + "E-1," + longest + "x,kWh\n");
    assertThat(cell.problem().row()).isEqualTo(2);
    assertThat(cell.problem().message()).contains("a cell is longer than 32767 characters");
    String row = (longest + ",").repeat(40);
    Read wide = read(HEADER + row + "\n");
    assertThat(wide.problem().message()).contains("the row is longer than 1048576 characters");
  }

  @Test
  void aUtf16FileIsRefusedWhole() throws IOException {
    byte[] utf16 = ("\uFEFF" + HEADER).getBytes(StandardCharsets.UTF_16LE);
    Read r = read(utf16);
    assertThat(r.problem().row()).isZero();
    assertThat(r.problem().message()).contains("UTF-16").contains("UTF-8");
  }

  @Test
  void theHashCoversEveryByteEvenAfterARefusal() throws IOException {
    byte[] bytes = (HEADER + "E-1,\"Group,kWh\n").getBytes(StandardCharsets.UTF_8);
    String expected = java.util.HexFormat.of().formatHex(TableReader.sha256().digest(bytes));
    try (TableReader t = TableReader.csv("a.csv", new ByteArrayInputStream(bytes))) {
      catchThrowableOfType(TableProblem.class, () -> t.forEachRow(row -> {}));
      assertThat(t.sha256Hex()).isEqualTo(expected);
    }
  }

  /** {@code count} copies of one byte, without holding them. */
  private static final class RepeatedBytes extends InputStream {
    private final byte value;
    private long left;

    RepeatedBytes(byte value, long count) {
      this.value = value;
      this.left = count;
    }

    @Override
    public int read() {
      if (left == 0) {
        return -1;
      }
      left--;
      return value;
    }

    @Override
    public int read(byte[] b, int off, int len) {
      if (left == 0) {
        return -1;
      }
      int n = (int) Math.min(len, left);
      java.util.Arrays.fill(b, off, off + n, value);
      left -= n;
      return n;
    }
  }
}

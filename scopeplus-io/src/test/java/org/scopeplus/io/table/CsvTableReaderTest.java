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

package org.scopeplus.store.run;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.scopeplus.core.inventory.Totals;
import org.scopeplus.store.HashBytes;

/**
 * The hash recorded for a run's rows keeps its byte layout in each version: versions 1, 2 and 3
 * (with the explorer's cells) for runs stored before, version 4 (with the year-rule warnings) for
 * new runs; and the run's result hash is the SHA-256 of each line's canonical text, written without
 * making the text.
 */
class StoredRunDigestTest {

  @Test
  void aResultIsItsKindPositionDimensionItemAndTotalsLengthPrefixed() throws Exception {
    StoredRunDigest.V1 d = new StoredRunDigest.V1();
    d.result(3, new ResultRow("total", "", new Totals(1, 2, 3, 4, 5, -6)));
    String layout =
        "6:result\n"
            + "1:3\n"
            + "5:total\n"
            + "0:\n"
            + "1:1\n"
            + "1:2\n"
            + "1:3\n"
            + "1:4\n"
            + "1:5\n"
            + "2:-6\n";
    byte[] sha =
        MessageDigest.getInstance("SHA-256").digest(layout.getBytes(StandardCharsets.UTF_8));
    String hex = d.hex();
    assertThat(hex).isEqualTo(HexFormat.of().formatHex(sha));
    assertThat(hex).isEqualTo("f378015b22d5602c8287226fed4bf7616c40064c06f947a2658266c9fcfe964f");
  }

  private static final TraceLine LINE =
      new TraceLine(
          7,
          "r-1",
          "plant.csv:2",
          "Kestrel/杭州",
          "s2.electricity",
          2,
          0,
          "LOCATION_BASED",
          "CO2",
          false,
          -530_600,
          -530_600,
          "CN-ZJ-2023",
          "built-in 2024",
          "MEE 2024, grid 🌏",
          "region CN-ZJ",
          "1000 kWh x 0.5306 kg CO2/kWh x GWP 1 x 1000 g/kg = 530600 g CO2e");

  /**
   * The version 2 layout written by hand with {@link DataOutputStream} (big-endian): runs stored
   * before version 3 still check in it.
   */
  @Test
  void versionTwoIsTheTagAndTheHashesOfThePlansLinesAndResultsAsBinaryRows() throws Exception {
    StoredRunDigest d = new StoredRunDigest(2);
    d.cell(0, CELL, new long[] {1, 2, 3, 4, 5, 6});
    d.plan(0, LINE);
    d.line(LINE, 0);
    d.result(0, new ResultRow("total", "all", new Totals(1, 2, 3, 4, 5, -6)));

    ByteArrayOutputStream plan = new ByteArrayOutputStream();
    DataOutputStream p = new DataOutputStream(plan);
    p.writeInt(0);
    p.writeInt(2);
    p.writeInt(0);
    sized(p, "LOCATION_BASED");
    sized(p, "CO2");
    p.writeByte('0');
    sized(p, "CN-ZJ-2023");
    sized(p, "built-in 2024");
    sized(p, "MEE 2024, grid 🌏");
    sized(p, "region CN-ZJ");
    ByteArrayOutputStream line = new ByteArrayOutputStream();
    DataOutputStream l = new DataOutputStream(line);
    l.writeLong(7);
    l.writeInt(0);
    sized(l, "r-1");
    sized(l, "plant.csv:2");
    sized(l, "Kestrel/杭州");
    sized(l, "s2.electricity");
    l.writeLong(-530_600);
    l.writeLong(-530_600);
    sized(l, "1000 kWh x 0.5306 kg CO2/kWh x GWP 1 x 1000 g/kg = 530600 g CO2e");
    ByteArrayOutputStream result = new ByteArrayOutputStream();
    DataOutputStream r = new DataOutputStream(result);
    r.writeInt(0);
    sized(r, "total");
    sized(r, "all");
    for (long v : new long[] {1, 2, 3, 4, 5, -6}) {
      r.writeLong(v);
    }
    MessageDigest all = MessageDigest.getInstance("SHA-256");
    all.update("scopeplus-run-rows-v2\n".getBytes(StandardCharsets.US_ASCII));
    all.update(sha(plan.toByteArray()));
    all.update(sha(line.toByteArray()));
    all.update(sha(result.toByteArray()));

    assertThat(d.hex()).isEqualTo(HexFormat.of().formatHex(all.digest()));
  }

  private static final RunCells.Cell CELL =
      new RunCells.Cell("Kestrel/杭州", "HZ-1", "s2.electricity", "2024-03", "CO2", 2, 0);

  /**
   * The version 3 layout written by hand: version 2's three hashes and the hash of the cells as
   * binary rows, after the tag {@code scopeplus-run-rows-v3}.
   */
  @Test
  void versionThreeAddsTheHashOfTheCellsAsBinaryRows() throws Exception {
    StoredRunDigest d = new StoredRunDigest(3);
    d.result(0, new ResultRow("total", "all", new Totals(1, 2, 3, 4, 5, -6)));
    d.cell(0, CELL, new long[] {0, 530_600, 480_000, 0, 0, 0});

    ByteArrayOutputStream result = new ByteArrayOutputStream();
    DataOutputStream r = new DataOutputStream(result);
    r.writeInt(0);
    sized(r, "total");
    sized(r, "all");
    for (long v : new long[] {1, 2, 3, 4, 5, -6}) {
      r.writeLong(v);
    }
    byte[] cell = cellZeroByHand();
    MessageDigest all = MessageDigest.getInstance("SHA-256");
    all.update("scopeplus-run-rows-v3\n".getBytes(StandardCharsets.US_ASCII));
    all.update(sha(new byte[0]));
    all.update(sha(new byte[0]));
    all.update(sha(result.toByteArray()));
    all.update(sha(cell));

    assertThat(d.hex()).isEqualTo(HexFormat.of().formatHex(all.digest()));
  }

  /**
   * The version 4 layout written by hand: version 3's four hashes and the hash of the year-rule
   * warnings as binary rows (dates as ISO text, the earlier flag one byte), after the tag {@code
   * scopeplus-run-rows-v4}; a warning's gram, year or flag changed gives another hash.
   */
  @Test
  void versionFourAddsTheHashOfTheYearRuleWarningsAsBinaryRows() throws Exception {
    assertThat(StoredRunDigest.VERSION).isEqualTo(4);
    RunFactorYears.Warning warning =
        new RunFactorYears.Warning(
            "CN-ZJ-2023",
            java.time.LocalDate.of(2023, 1, 1),
            java.time.LocalDate.of(2023, 12, 31),
            2024,
            true,
            new Totals(0, 530_600, 0, 0, 0, 0));
    StoredRunDigest d = new StoredRunDigest();
    d.cell(0, CELL, new long[] {0, 530_600, 480_000, 0, 0, 0});
    d.factorYear(0, warning);

    byte[] cell = cellZeroByHand();
    ByteArrayOutputStream year = new ByteArrayOutputStream();
    DataOutputStream y = new DataOutputStream(year);
    y.writeInt(0);
    sized(y, "CN-ZJ-2023");
    sized(y, "2023-01-01");
    sized(y, "2023-12-31");
    y.writeInt(2024);
    y.writeByte('1');
    for (long v : new long[] {0, 530_600, 0, 0, 0, 0}) {
      y.writeLong(v);
    }
    MessageDigest all = MessageDigest.getInstance("SHA-256");
    all.update("scopeplus-run-rows-v4\n".getBytes(StandardCharsets.US_ASCII));
    all.update(sha(new byte[0]));
    all.update(sha(new byte[0]));
    all.update(sha(new byte[0]));
    all.update(sha(cell));
    all.update(sha(year.toByteArray()));
    String hex = d.hex();
    assertThat(hex).isEqualTo(HexFormat.of().formatHex(all.digest()));

    List<String> edited = new java.util.ArrayList<>();
    for (RunFactorYears.Warning w :
        List.of(
            new RunFactorYears.Warning(
                warning.factorId(),
                warning.validFrom(),
                warning.validTo(),
                2025,
                true,
                warning.emissions()),
            new RunFactorYears.Warning(
                warning.factorId(),
                warning.validFrom(),
                warning.validTo(),
                2024,
                false,
                warning.emissions()),
            new RunFactorYears.Warning(
                warning.factorId(),
                warning.validFrom(),
                warning.validTo(),
                2024,
                true,
                new Totals(0, 530_601, 0, 0, 0, 0)))) {
      StoredRunDigest e = new StoredRunDigest();
      e.cell(0, CELL, new long[] {0, 530_600, 480_000, 0, 0, 0});
      e.factorYear(0, w);
      edited.add(e.hex());
    }
    assertThat(edited).doesNotContain(hex).doesNotHaveDuplicates();
  }

  /** One cell's gram, key or position changed gives another version 3 hash. */
  @Test
  void aChangedCellChangesTheVersionThreeHash() {
    String same = cellHash(0, CELL, 530_600);
    assertThat(cellHash(0, CELL, 530_600)).isEqualTo(same);
    RunCells.Cell otherMonth =
        new RunCells.Cell("Kestrel/杭州", "HZ-1", "s2.electricity", "2024-04", "CO2", 2, 0);
    assertThat(
            List.of(
                cellHash(0, CELL, 530_601),
                cellHash(1, CELL, 530_600),
                cellHash(0, otherMonth, 530_600)))
        .doesNotContain(same)
        .doesNotHaveDuplicates();
  }

  private static String cellHash(int cellNo, RunCells.Cell cell, long scope2Location) {
    StoredRunDigest d = new StoredRunDigest();
    d.plan(0, LINE);
    d.line(LINE, 0);
    d.cell(cellNo, cell, new long[] {0, scope2Location, 0, 0, 0, 0});
    return d.hex();
  }

  @Test
  void aChangedLinePlanOrResultChangesTheVersionTwoHash() {
    String same = hashOf(LINE, 0, "citation", 1);
    assertThat(hashOf(LINE, 0, "citation", 1)).isEqualTo(same);
    TraceLine otherRecord =
        new TraceLine(
            LINE.lineNo(),
            "r-2",
            LINE.source(),
            LINE.orgUnit(),
            LINE.activityType(),
            LINE.scope(),
            LINE.category(),
            LINE.method(),
            LINE.gas(),
            LINE.biogenic(),
            LINE.gasGrams(),
            LINE.co2eGrams(),
            LINE.factorId(),
            LINE.factorLibrary(),
            LINE.citation(),
            LINE.factorNote(),
            LINE.formula());
    TraceLine oneGramMore =
        new TraceLine(
            LINE.lineNo(),
            LINE.recordId(),
            LINE.source(),
            LINE.orgUnit(),
            LINE.activityType(),
            LINE.scope(),
            LINE.category(),
            LINE.method(),
            LINE.gas(),
            LINE.biogenic(),
            LINE.gasGrams(),
            LINE.co2eGrams() + 1,
            LINE.factorId(),
            LINE.factorLibrary(),
            LINE.citation(),
            LINE.factorNote(),
            LINE.formula());
    assertThat(
            List.of(
                hashOf(otherRecord, 0, "citation", 1),
                hashOf(oneGramMore, 0, "citation", 1),
                hashOf(LINE, 1, "citation", 1),
                hashOf(LINE, 0, "citation.", 1),
                hashOf(LINE, 0, "citation", 2)))
        .doesNotContain(same)
        .doesNotHaveDuplicates();
  }

  /** Two plans, the line on plan {@code planNo}, plan 1 with {@code citation}, one result. */
  private static String hashOf(TraceLine line, int planNo, String citation, long total) {
    StoredRunDigest d = new StoredRunDigest(2);
    d.plan(0, LINE);
    d.plan(
        1,
        new TraceLine(
            0,
            "",
            "",
            "",
            "",
            1,
            0,
            "NOT_APPLICABLE",
            "CH4",
            false,
            0,
            0,
            "f",
            "l",
            citation,
            "n",
            ""));
    d.line(line, planNo);
    d.result(0, new ResultRow("total", "all", new Totals(total, 0, 0, 0, 0, 0)));
    return d.hex();
  }

  /** The result hash takes each line's canonical text; it is written straight into the hash. */
  @Test
  void theCanonicalBytesWrittenIntoTheHashAreThoseOfTheCanonicalText() throws Exception {
    SplittableRandom random = new SplittableRandom(4);
    String[] texts = {"", "a", "杭州/西湖", "grid 🌏", "tab\tquote\"", "x".repeat(9000), "\ud800"};
    long[] numbers = {0, 1, -1, 530_600, Long.MAX_VALUE, Long.MIN_VALUE, -1_000_000_007L};
    HashBytes written = new HashBytes();
    MessageDigest text = MessageDigest.getInstance("SHA-256");
    for (int i = 0; i < 2000; i++) {
      TraceLine t =
          new TraceLine(
              numbers[random.nextInt(numbers.length)],
              texts[random.nextInt(texts.length)],
              texts[random.nextInt(texts.length)],
              texts[random.nextInt(texts.length)],
              texts[random.nextInt(texts.length)],
              random.nextInt(1, 4),
              random.nextInt(0, 16),
              texts[random.nextInt(texts.length)],
              texts[random.nextInt(texts.length)],
              random.nextBoolean(),
              numbers[random.nextInt(numbers.length)],
              random.nextLong(),
              texts[random.nextInt(texts.length)],
              texts[random.nextInt(texts.length)],
              texts[random.nextInt(texts.length)],
              texts[random.nextInt(texts.length)],
              texts[random.nextInt(texts.length)]);
      t.canonicalInto(written);
      text.update(t.canonical().getBytes(StandardCharsets.UTF_8));
    }
    assertThat(written.hex()).isEqualTo(HexFormat.of().formatHex(text.digest()));
  }

  /** Cell 0 ({@link #CELL} with 530,600 g and 480,000 g) as binary rows, written by hand. */
  private static byte[] cellZeroByHand() throws IOException {
    ByteArrayOutputStream cell = new ByteArrayOutputStream();
    DataOutputStream k = new DataOutputStream(cell);
    k.writeInt(0);
    sized(k, "Kestrel/杭州");
    sized(k, "HZ-1");
    sized(k, "s2.electricity");
    sized(k, "2024-03");
    sized(k, "CO2");
    k.writeInt(2);
    k.writeInt(0);
    for (long v : new long[] {0, 530_600, 480_000, 0, 0, 0}) {
      k.writeLong(v);
    }
    return cell.toByteArray();
  }

  private static void sized(DataOutputStream out, String s) throws IOException {
    byte[] b = s.getBytes(StandardCharsets.UTF_8);
    out.writeInt(b.length);
    out.write(b);
  }

  private static byte[] sha(byte[] b) throws Exception {
    return MessageDigest.getInstance("SHA-256").digest(b);
  }
}

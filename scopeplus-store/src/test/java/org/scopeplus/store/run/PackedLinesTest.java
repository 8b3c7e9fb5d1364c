package org.scopeplus.store.run;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;

/**
 * The byte layout of a packed block ({@link PackedLines}), checked against bytes written out by
 * hand from the layout in its javadoc, its round trips, and its refusal of bytes that are not a
 * block.
 */
class PackedLinesTest {

  private static final PackedLines.Line L1 =
      new PackedLines.Line(1, 0, "r1", "a.csv", "U", "T", 5, -3, "f");
  private static final PackedLines.Line L2 =
      new PackedLines.Line(2, 1, "r1", "a.csv", "U", "T", 300, 0, "g");
  private static final PackedLines.Line L3 =
      new PackedLines.Line(5, 0, "r2", "a.csv", "华东", "T", -1, 64, "g");

  /**
   * Three lines encoded by hand: line 1 whole; line 2 repeating its record's four texts (flags
   * 0x0F), gas 300 = zigzag 600 = LEB128 D8 04; line 3 three numbers on (zigzag 6), a new record
   * and org unit 华东 (UTF-8 E5 8D 8E E4 B8 9C), repeating source, type and formula (flags 0x1A), gas
   * -1 = zigzag 1, CO2e 64 = zigzag 128 = LEB128 80 01.
   */
  private static final byte[] HAND = {
    1, // format: plain
    3, // three lines
    // line 1
    0x00,
    0x02,
    0x00,
    0x0A,
    0x05,
    2,
    'r',
    '1',
    5,
    'a',
    '.',
    'c',
    's',
    'v',
    1,
    'U',
    1,
    'T',
    1,
    'f',
    // line 2
    0x0F,
    0x02,
    0x02,
    (byte) 0xD8,
    0x04,
    0x00,
    1,
    'g',
    // line 3
    0x1A,
    0x06,
    0x00,
    0x01,
    (byte) 0x80,
    0x01,
    2,
    'r',
    '2',
    6,
    (byte) 0xE5,
    (byte) 0x8D,
    (byte) 0x8E,
    (byte) 0xE4,
    (byte) 0xB8,
    (byte) 0x9C
  };

  @Test
  void encodesAsWrittenByHand() {
    assertArrayEquals(HAND, PackedLines.encode(List.of(L1, L2, L3), false));
  }

  @Test
  void decodesWhatWasWrittenByHand() throws SQLException {
    assertEquals(List.of(L1, L2, L3), PackedLines.decode("run", 0, HAND));
  }

  @Test
  void deflatedDecodesToTheSameLines() throws SQLException {
    byte[] deflated = PackedLines.encode(List.of(L1, L2, L3), true);
    assertEquals(PackedLines.DEFLATED, deflated[0]);
    assertEquals(List.of(L1, L2, L3), PackedLines.decode("run", 0, deflated));
  }

  @Test
  void extremeValuesRoundTrip() throws SQLException {
    String formula = "x".repeat(1000) + "公式".repeat(500);
    List<PackedLines.Line> lines =
        List.of(
            new PackedLines.Line(
                Long.MIN_VALUE,
                Integer.MIN_VALUE,
                "",
                "",
                "",
                "",
                Long.MIN_VALUE,
                Long.MAX_VALUE,
                ""),
            new PackedLines.Line(
                Long.MIN_VALUE + 1,
                Integer.MAX_VALUE,
                "",
                "",
                "",
                "",
                Long.MAX_VALUE,
                Long.MIN_VALUE,
                formula),
            new PackedLines.Line(0, 0, "记录", "文件.csv", "华东/上海", "电力", 0, -1, formula),
            new PackedLines.Line(Long.MAX_VALUE, 7, "😀", "", "", "", 1, 1, "\u0000"));
    for (boolean deflate : new boolean[] {false, true}) {
      assertEquals(lines, PackedLines.decode("run", 3, PackedLines.encode(lines, deflate)));
    }
  }

  @Property(tries = 300)
  void generatedBlocksRoundTrip(
      @ForAll("blocks") List<PackedLines.Line> lines, @ForAll boolean deflate) throws SQLException {
    assertEquals(lines, PackedLines.decode("run", 1, PackedLines.encode(lines, deflate)));
  }

  @Provide
  Arbitrary<List<PackedLines.Line>> blocks() {
    Arbitrary<String> text =
        Arbitraries.oneOf(
            Arbitraries.of("", "r1", "r2", "华东"),
            Arbitraries.strings().ofMaxLength(40),
            Arbitraries.strings().alpha().ofMinLength(1990).ofMaxLength(2000));
    Arbitrary<long[]> numbers = Arbitraries.longs().array(long[].class).ofSize(3);
    Arbitrary<PackedLines.Line> line =
        Combinators.combine(
                Arbitraries.longs().between(1, 1000),
                Arbitraries.integers(),
                text,
                text,
                text,
                text,
                numbers,
                text)
            .as(
                (step, plan, record, source, unit, type, n, formula) ->
                    new PackedLines.Line(
                        step, plan, record, source, unit, type, n[0], n[1], formula));
    return line.list()
        .ofMinSize(1)
        .ofMaxSize(60)
        .map(
            steps -> {
              // the line numbers rise by each line's step; a line repeats the one before at random
              List<PackedLines.Line> out = new ArrayList<>();
              long no = -500;
              for (PackedLines.Line s : steps) {
                no += s.lineNo();
                PackedLines.Line prev = out.isEmpty() ? null : out.get(out.size() - 1);
                boolean same = prev != null && (s.planNo() & 1) == 0;
                out.add(
                    new PackedLines.Line(
                        no,
                        s.planNo(),
                        same ? prev.recordId() : s.recordId(),
                        same ? prev.source() : s.source(),
                        same ? prev.orgUnit() : s.orgUnit(),
                        s.activityType(),
                        s.gasGrams(),
                        s.co2eGrams(),
                        s.formula()));
              }
              return out;
            });
  }

  @Test
  void refusesMalformedBlocksNamingTheRunAndBlock() {
    List<byte[]> bad = new ArrayList<>();
    bad.add(new byte[0]); // no bytes
    bad.add(new byte[] {9, 1}); // unknown format
    bad.add(Arrays.copyOf(HAND, HAND.length - 1)); // cut short
    byte[] longer = Arrays.copyOf(HAND, HAND.length + 1);
    bad.add(longer); // a byte after the last line
    byte[] count = HAND.clone();
    count[1] = 4; // more lines than it holds
    bad.add(count);
    byte[] flags = HAND.clone();
    flags[2] = 0x01; // the first line repeats a line before it
    bad.add(flags);
    byte[] backwards = HAND.clone();
    backwards[23] = 0x00; // line 2 not after line 1
    bad.add(backwards);
    byte[] utf8 = HAND.clone();
    utf8[HAND.length - 1] = (byte) 0xFF; // not UTF-8
    bad.add(utf8);
    byte[] deflated = PackedLines.encode(List.of(L1, L2, L3), true);
    deflated[deflated.length / 2] ^= 0x55; // corrupted deflated bytes
    bad.add(deflated);
    bad.add(new byte[] {2, 1, 2, 3}); // not deflated at all
    for (byte[] b : bad) {
      TraceBlockUnreadable e =
          assertThrows(TraceBlockUnreadable.class, () -> PackedLines.decode("run-9", 17, b));
      assertTrue(e.getMessage().contains("block 17 of run run-9"), () -> e.getMessage());
      assertEquals("run-9", e.runId());
      assertEquals(17, e.blockNo());
      assertEquals("XX001", e.getSQLState());
    }
  }

  @Test
  void zigzagAsInTheLayout() {
    assertEquals(0, PackedLines.zigzag(0));
    assertEquals(1, PackedLines.zigzag(-1));
    assertEquals(2, PackedLines.zigzag(1));
    assertEquals(-1L, PackedLines.zigzag(Long.MIN_VALUE)); // all 64 bits set
    assertEquals(Long.MIN_VALUE, PackedLines.unzigzag(-1L));
  }
}

package org.scopeplus.store.run;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The Bloom filter of {@code run_line_block}: it never denies a value put into it, it admits about
 * one in a hundred of the others, and its bits are a fixed function of its values (they are stored
 * and read back by later releases).
 */
class LineBloomTest {

  /** Record ids of the shapes the importer sees: numbered, with a file's prefix, in Chinese. */
  private static List<String> ids(String prefix, int from, int count) {
    List<String> out = new ArrayList<>();
    for (int i = from; i < from + count; i++) {
      out.add(prefix + i);
    }
    return out;
  }

  @Test
  void everyValuePutInIsFound() {
    for (String prefix : List.of("E-", "2024-01/杭州/", "row ")) {
      for (int n : new int[] {1, 7, 2_600, 20_000}) {
        List<String> values = ids(prefix, 1, n);
        byte[] filter = LineBloom.of(values);
        for (String v : values) {
          assertThat(LineBloom.mightContain(filter, v)).as("%s of %s", v, n).isTrue();
        }
      }
    }
    byte[] pairs =
        LineBloom.of(
            List.of(
                LineBloom.pair("Group/Cloud/DC-杭州", "electricity.grid"),
                LineBloom.pair("Group/Cloud", "fuel.diesel")));
    assertThat(LineBloom.mightContain(pairs, LineBloom.pair("Group/Cloud", "fuel.diesel")))
        .isTrue();
  }

  @Test
  void aboutOneValueInAHundredNotPutInIsAdmitted() {
    for (int n : new int[] {500, 2_600, 4_096}) {
      byte[] filter = LineBloom.of(ids("E-", 1, n));
      int tried = 200_000;
      int admitted = 0;
      for (String v : ids("E-", n + 1, tried)) {
        if (LineBloom.mightContain(filter, v)) {
          admitted++;
        }
      }
      // 9.585 bits and 7 positions a value: (1 - e^(-7/9.585))^7 = 1.0% (Bloom 1970; the bound
      // is not exact for a finite filter, so up to half as much again is allowed)
      double rate = admitted / (double) tried;
      assertThat(rate).as("false positives of a filter of %s", n).isLessThan(0.015);
      assertThat(rate).as("a filter that admits nothing is not a filter").isGreaterThan(0.003);
    }
  }

  @Test
  void theHashIsFnv1aOfTheUtf8BytesMixed() {
    // FNV-1a 64-bit test vectors (Fowler, Noll, Vo: the FNV reference code's test suite)
    assertThat(LineBloom.fnv1a("")).isEqualTo(0xcbf29ce484222325L);
    assertThat(LineBloom.fnv1a("a")).isEqualTo(0xaf63dc4c8601ec8cL);
    assertThat(LineBloom.fnv1a("foobar")).isEqualTo(0x85944171f73967e8L);
    // the stored hash is that, through MurmurHash3's finishing mix, which is a bijection
    assertThat(LineBloom.hash("a")).isNotEqualTo(LineBloom.hash("b"));
    assertThat(LineBloom.hash("杭州")).isEqualTo(LineBloom.hash(new String("杭州")));
  }

  @Test
  void theSameValuesGiveTheSameStoredBits() {
    byte[] filter = LineBloom.of(List.of("E-1", "E-2", "杭州-3"));
    assertThat(filter[0]).isEqualTo(LineBloom.FORMAT);
    // three values: 64 bits (the least a filter has), 8 bytes after the format byte; at most 21
    // of them set. The bytes are the stored form and must not change between releases.
    assertThat(filter).hasSize(9);
    assertThat(HexFormat.of().formatHex(filter)).isEqualTo(STORED);
    assertThat(LineBloom.of(List.of("杭州-3", "E-2", "E-1"))).isEqualTo(filter);
  }

  /** The filter of E-1, E-2 and 杭州-3 as the first release of the format stored it. */
  private static final String STORED = "01266130849a015608";

  @Test
  void aFilterOfAnotherFormatAdmitsEverything() {
    byte[] filter = LineBloom.of(List.of("E-1"));
    filter[0] = 2;
    assertThat(LineBloom.mightContain(filter, "E-9")).isTrue();
    assertThat(LineBloom.mightContain(new byte[0], "E-9")).isTrue();
  }

  @Test
  void aFilterOfTheFixedSizeIsAFilterOfThisFormatWhosePositionsAreKnownBeforehand() {
    byte[] filter = LineBloom.fixed();
    assertThat(filter).hasSize(1 + 32_768 / 8);
    assertThat(filter[0]).isEqualTo(LineBloom.FORMAT);
    List<String> values = ids("2024-01/杭州/", 1, 2_576);
    for (String v : values) {
      LineBloom.put(filter, v);
    }
    for (String v : values) {
      assertThat(LineBloom.mightContain(filter, v)).isTrue();
      // the positions PostgreSQL tests (get_bit: bit n is bit n % 8 of byte n / 8) are set
      for (int n : LineBloom.fixedPositions(v)) {
        assertThat(n).isBetween(8, 8 + 32_767);
        assertThat((filter[n / 8] >> (n % 8)) & 1).isEqualTo(1);
      }
    }
    // putting a value again changes nothing
    byte[] again = filter.clone();
    LineBloom.put(again, values.get(0));
    assertThat(again).isEqualTo(filter);
  }

  @Test
  void theFixedSizeAdmitsWhatItsSizeSays() {
    // (1 - e^(-7 n / 32768))^7: n = 2,576: (1 - e^-0.5503)^7 = 0.4232^7 = 0.24%;
    // n = 4,096: (1 - e^-0.875)^7 = 0.5831^7 = 2.3% (up to half as much again is allowed)
    double[][] expected = {{2_576, 0.0024}, {4_096, 0.023}};
    for (double[] e : expected) {
      byte[] filter = LineBloom.fixed();
      for (String v : ids("E-", 1, (int) e[0])) {
        LineBloom.put(filter, v);
      }
      int tried = 200_000;
      int admitted = 0;
      for (String v : ids("E-", (int) e[0] + 1, tried)) {
        int[] bits = LineBloom.fixedPositions(v);
        boolean all = true;
        for (int n : bits) {
          all &= ((filter[n / 8] >> (n % 8)) & 1) == 1;
        }
        assertThat(all).isEqualTo(LineBloom.mightContain(filter, v));
        admitted += all ? 1 : 0;
      }
      double rate = admitted / (double) tried;
      assertThat(rate).as("false positives of %s values", e[0]).isLessThan(e[1] * 1.5);
      assertThat(rate).as("false positives of %s values", e[0]).isGreaterThan(e[1] / 1.5);
    }
  }
}

package org.scopeplus.core.scope3plus.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ShortNameTableTest {

  private static int get(ShortNameTable t, String name) {
    // the name in the middle of a larger buffer, as a reader hands it over
    byte[] n = name.getBytes(StandardCharsets.UTF_8);
    byte[] b = new byte[n.length + 64];
    java.util.Arrays.fill(b, (byte) 'x');
    System.arraycopy(n, 0, b, 7, n.length);
    int inside = t.get(b, 7, n.length);
    // and at the very end of its own array, where the name is read byte by byte
    assertThat(t.get(n, 0, n.length)).as(name).isEqualTo(inside);
    return inside;
  }

  /** Every name of every length 0-40, against a HashMap as the independent map, through growth. */
  @Test
  void findsEveryNameExactlyThroughGrowthAsAHashMapDoes() {
    ShortNameTable table = new ShortNameTable(2);
    Map<String, Integer> oracle = new HashMap<>();
    List<String> names = new ArrayList<>();
    String base = "office.rail_instead_of_air.cn-0123456789abcdef";
    for (int len = 0; len <= ShortNameTable.MAX_BYTES; len++) {
      names.add(base.substring(0, len));
    }
    for (int i = 0; i < 300; i++) {
      names.add("region-" + i);
    }
    for (int i = 0; i < names.size(); i++) {
      table.put(names.get(i), i);
      oracle.put(names.get(i), i);
    }
    for (String n : names) {
      assertThat(get(table, n)).as(n).isEqualTo(oracle.get(n));
    }
    // names differing from a stored one only past the first word, or only in length
    assertThat(get(table, base.substring(0, ShortNameTable.MAX_BYTES - 1) + "X")).isEqualTo(-1);
    assertThat(get(table, "office.rail_instead_of_air.cX")).isEqualTo(-1);
    assertThat(get(table, "region-300")).isEqualTo(-1);
    assertThat(get(table, "region-1 ")).isEqualTo(-1);
  }

  /** A name followed by zero bytes is another name: the length tells them apart. */
  @Test
  void trailingZeroBytesMakeAnotherName() {
    ShortNameTable table = new ShortNameTable(4);
    table.put("CN", 1);
    table.put("CN\0", 2);
    table.put("", 3);
    assertThat(get(table, "CN")).isEqualTo(1);
    assertThat(get(table, "CN\0")).isEqualTo(2);
    assertThat(get(table, "CN\0\0")).isEqualTo(-1);
    assertThat(get(table, "")).isEqualTo(3);
    assertThat(get(table, "\0")).isEqualTo(-1);
  }
}

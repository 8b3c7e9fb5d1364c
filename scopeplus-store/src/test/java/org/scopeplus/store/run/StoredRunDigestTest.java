package org.scopeplus.store.run;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.HexFormat;
import org.junit.jupiter.api.Test;
import org.scopeplus.core.inventory.Totals;

/** The hash recorded for a run's rows keeps its byte layout: a result's position and columns. */
class StoredRunDigestTest {

  @Test
  void aResultIsItsKindPositionDimensionItemAndTotalsLengthPrefixed() throws Exception {
    StoredRunDigest d = new StoredRunDigest();
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
}

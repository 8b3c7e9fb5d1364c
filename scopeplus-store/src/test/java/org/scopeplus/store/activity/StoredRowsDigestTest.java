package org.scopeplus.store.activity;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.HexFormat;
import org.junit.jupiter.api.Test;

/** The hash recorded for an import's rows keeps its byte layout: source row, period, cells. */
class StoredRowsDigestTest {

  @Test
  void aRowIsItsNumberPeriodAndCellsLengthPrefixed() throws Exception {
    StoredRowsDigest d = new StoredRowsDigest();
    d.add(2, "p-1", new String[] {"E1", "12500", ""});
    String layout = "1:2\n" + "3:p-1\n" + "2:E1\n" + "5:12500\n" + "0:\n";
    byte[] sha =
        MessageDigest.getInstance("SHA-256").digest(layout.getBytes(StandardCharsets.UTF_8));
    String hex = d.hex();
    assertThat(hex).isEqualTo(HexFormat.of().formatHex(sha));
    assertThat(hex).isEqualTo("345ffc1d3cca6140487b84d06cb1bcb455c1934b1c8880a0827e32cbadf23bc6");
  }

  @Test
  void anImportWithoutRowsHashesToTheEmptySha256() {
    assertThat(StoredRowsDigest.EMPTY)
        .isEqualTo("e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855");
  }

  /**
   * Rows stored before supplier_product_id existed (V23) hash as they did: an empty product id is
   * left out, so the hash recorded at their import still verifies; a product id counts.
   */
  @Test
  void anEmptySupplierProductLeavesTheHashOfEarlierRowsUnchanged() {
    int n = StoredColumns.SQL_NAMES.size();
    assertThat(StoredColumns.SUPPLIER_PRODUCT).isEqualTo(n - 1);
    String[] before = new String[n - 1];
    java.util.Arrays.fill(before, "x");
    String[] now = java.util.Arrays.copyOf(before, n);
    now[n - 1] = "";
    StoredRowsDigest old = new StoredRowsDigest();
    old.add(2, "p-1", before);
    StoredRowsDigest empty = new StoredRowsDigest();
    empty.add(2, "p-1", now);
    assertThat(empty.hex()).isEqualTo(old.hex());
    now[n - 1] = "urn:gtin:7001";
    StoredRowsDigest named = new StoredRowsDigest();
    named.add(2, "p-1", now);
    assertThat(named.hex()).isNotEqualTo(old.hex());
  }
}

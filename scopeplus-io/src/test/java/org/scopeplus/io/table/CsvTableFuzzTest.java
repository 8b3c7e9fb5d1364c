package org.scopeplus.io.table;

import com.code_intelligence.jazzer.junit.FuzzTest;
import java.io.ByteArrayInputStream;
import org.scopeplus.io.fuzz.ReadContract;

/**
 * Any bytes read as a CSV table give a header and numbered rows, or an {@link java.io.IOException}
 * that says why: never another exception, never a hang. The seeds and every input that ever failed
 * are in {@code CsvTableFuzzTestInputs/} and run as regression tests with the unit tests; see
 * docs/security.md, "Testing that keeps it so".
 */
class CsvTableFuzzTest {

  @FuzzTest
  void anyBytesGiveRowsOrAReason(byte[] bytes) {
    if (ReadContract.bounded(bytes)) {
      ReadContract.refusalOrValue(
          "csv",
          () -> TableRows.check(TableReader.csv("fuzz.csv", new ByteArrayInputStream(bytes))));
    }
  }
}

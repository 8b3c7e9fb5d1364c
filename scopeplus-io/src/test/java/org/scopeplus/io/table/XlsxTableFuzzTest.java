package org.scopeplus.io.table;

import com.code_intelligence.jazzer.junit.FuzzTest;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.scopeplus.io.fuzz.ReadContract;

/**
 * Any bytes read as an XLSX workbook (the seeds are small valid workbooks, which the fuzzer mutates
 * inside and out of their zip) give a header and numbered rows, or an {@link IOException} that says
 * why: never another exception, never a hang.
 */
class XlsxTableFuzzTest {

  private static final Path FILE;

  static {
    try {
      FILE = Files.createTempFile("scopeplus-fuzz", ".xlsx");
      FILE.toFile().deleteOnExit();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @FuzzTest
  void anyWorkbookGivesRowsOrAReason(byte[] bytes) throws IOException {
    if (!ReadContract.bounded(bytes)) {
      return;
    }
    Files.write(FILE, bytes);
    ReadContract.refusalOrValue("xlsx", () -> TableRows.check(TableReader.open(FILE, "fuzz.xlsx")));
  }
}

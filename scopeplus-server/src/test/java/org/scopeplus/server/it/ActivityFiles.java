package org.scopeplus.server.it;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/** Activity files for tests, in the documented columns (docs/input-format.md). */
final class ActivityFiles {

  static final String HEADER =
      "record_id,org_unit,facility,period,activity_type,quantity,unit,region,substance,supplier,data_quality,evidence\n";

  private ActivityFiles() {}

  /** Electricity in Hangzhou and natural gas in a retail store; ids prefixed. */
  static String small(String prefix) {
    return HEADER
        + prefix
        + "-E1,Group/Cloud/DC-Hangzhou,DC-Hangzhou,2024-01,s2.electricity,12500,MWh,CN-ZJ,,State"
        + " Grid,measured,meter M1\n"
        + prefix
        + "-E2,Group/Cloud/DC-Hangzhou,DC-Hangzhou,2024-02,s2.electricity,11800,MWh,CN-ZJ,,State"
        + " Grid,measured,meter M1\n"
        + prefix
        + "-G1,Group/Retail/Store-07,Store-07,2024-01,s1.stationary.commercial_institutional.natural_gas,18000,m3,CN-SH,,City"
        + " Gas,invoiced,invoice 1\n";
  }

  /** {@code rows} electricity records in Group/Cloud, ids prefixed; written without holding it. */
  static Path large(Path dir, String name, String prefix, int rows) {
    Path file = dir.resolve(name);
    try (BufferedWriter w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
      w.write(HEADER);
      for (int i = 1; i <= rows; i++) {
        w.write(prefix);
        w.write(Integer.toString(i));
        w.write(",Group/Cloud/DC-Hangzhou,DC-Hangzhou,2024-");
        w.write(Integer.toString(1 + i % 12));
        w.write(",s2.electricity,");
        w.write(Integer.toString(100 + i % 1000));
        w.write(",kWh,CN-ZJ,,State Grid,measured,meter\n");
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return file;
  }
}

package org.scopeplus.cli.inventory;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.scopeplus.cli.CommandRun;

/**
 * {@code scopeplus inventory} refuses quantities beyond their bound and sums of grams that would
 * overflow, naming the row, with exit code 1 and no output file (docs/security.md).
 */
class QuantityBoundCommandTest {

  private static final String HEADER =
      "record_id,org_unit,facility,period,activity_type,quantity,unit,region,substance\n";

  @TempDir Path dir;

  @Test
  void fiftyTrillionMwhExitsOneNamingTheRows() throws IOException {
    Path sg = dir.resolve("sg.csv");
    // once as the issue wrote it, once in digits (which the fast reader parses itself)
    Files.writeString(
        sg,
        HEADER
            + "SG-1,Group/SG,DC-SG,2020-01,s2.electricity,5e13,MWh,SG,\n"
            + "SG-2,Group/SG,DC-SG,2020-02,s2.electricity,50000000000000,MWh,SG,\n");
    Path out = dir.resolve("out.json");
    CommandRun r =
        CommandRun.of(
            "inventory",
            sg.toString(),
            "--format",
            "json",
            "--out",
            out.toString(),
            "--no-progress");
    assertThat(r.exit()).isEqualTo(InventoryCommand.EXIT_PROBLEMS).isEqualTo(1);
    assertThat(out).doesNotExist();
    assertThat(r.err())
        .contains("No inventory was produced: 2 problems in the input.")
        .contains(
            "sg.csv:2 [quantity]: quantity 5e13 MWh is beyond the largest plausible single record of"
                + " energy, 1e9 MWh (1e12 kWh)")
        .contains("sg.csv:3 [quantity]: quantity 50000000000000 MWh is beyond");
  }

  @Test
  void gramsThatWouldOverflowASumExitOneNamingTheRecord() throws IOException {
    // 3.8e8 kg SF6 x 23,500 (AR5) x 1000 = 8.93e15 g a line; the 1,033rd line (row 1,034) takes
    // the sum past Long.MAX_VALUE = 9,223,372,036,854,775,807 g
    StringBuilder b = new StringBuilder(HEADER);
    for (int i = 0; i < 1_100; i++) {
      b.append("F")
          .append(i)
          .append(",Group/Grid,GIS,2024-01,s1.refrigerant.purchased,380000000,kg,CN,SF6\n");
    }
    Path sf6 = dir.resolve("sf6.csv");
    Files.writeString(sf6, b.toString());
    CommandRun r = CommandRun.of("inventory", sf6.toString(), "--format", "json", "--no-progress");
    assertThat(r.exit()).isEqualTo(1);
    assertThat(r.out()).doesNotContain("scope1");
    assertThat(r.err())
        .contains("sf6.csv:1034 [quantity]: with this record's")
        .contains("9223372036854775807 g");
  }
}

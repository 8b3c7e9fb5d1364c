package org.scopeplus.cli.inventory;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.HexFormat;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.scopeplus.cli.CommandRun;

/**
 * The inventory, its trace and its manifest are the same bytes as recorded: a change in how a run
 * is carried out (which path calculates a record, how lines are summed or streamed) must not change
 * one byte of what a user receives. The digests were taken from the command's output before the
 * calculation run was moved into the core; a change of the numbers themselves (a factor, a rule)
 * must record new ones, and say why.
 */
class RecordedOutputsTest {

  @TempDir Path dir;

  @Test
  void theDemoOf2020IsTheRecordedJson() throws Exception {
    CommandRun r = CommandRun.of("demo", "--year", "2020", "--format", "json");
    assertThat(r.exit()).isZero();
    assertThat(sha256(r.out()))
        .isEqualTo("f6bbfcaa27010c9efb377fe30452cb98925b1172a0cefd78a0e4d788ca53ddf6");
  }

  @Test
  void aGeneratedFileGivesTheRecordedInventoryAndTrace() throws Exception {
    // the manifest names the input file, so the name is part of the recorded bytes
    Path file = dir.resolve("gen20k.csv");
    CommandRun generated =
        CommandRun.of("generate", "--rows", "20000", "--seed", "7", "--out", file.toString());
    assertThat(generated.exit()).isZero();
    String f = file.toString();
    assertThat(inventory(f, "--format", "json"))
        .isEqualTo("68d35b4bf3a214f2ae3b2c82a64d3c938b1ccb84f812437c11934dce0962b1f3");
    assertThat(inventory(f, "--format", "csv", "--trace"))
        .isEqualTo("8b1bdc8099a198184e34cda8911c25e3b608867d4f12af1aa3054f5c7c1a8163");
    assertThat(inventory(f, "--format", "json", "--trace", "--year", "2022"))
        .isEqualTo("f8812cea1f5c6ec26a0740b13f4c0ad1aab913088e3ce7d6699a50bb49fba03b");
    assertThat(inventory(f, "--format", "json", "--gwp", "AR6", "--consolidation", "EQUITY_SHARE"))
        .isEqualTo("b8c4a1775f10f05b138bfe9a77cc3d266033e9be16a8f4da63f01ae379ee346a");
  }

  private static String inventory(String file, String... options) throws Exception {
    String[] args = new String[options.length + 3];
    args[0] = "inventory";
    args[1] = file;
    System.arraycopy(options, 0, args, 2, options.length);
    args[args.length - 1] = "--no-progress";
    CommandRun r = CommandRun.of(args);
    assertThat(r.exit()).as(r.err()).isZero();
    return sha256(r.out());
  }

  private static String sha256(String text) throws Exception {
    return HexFormat.of()
        .formatHex(
            MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
  }
}

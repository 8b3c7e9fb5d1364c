package org.scopeplus.cli.inventory;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.HexFormat;
import org.assertj.core.api.SoftAssertions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.scopeplus.cli.CommandRun;

/**
 * The inventory, its trace and its manifest are the same bytes as recorded: a change in how a run
 * is carried out (which path calculates a record, how lines are summed or streamed) must not change
 * one byte of what a user receives. The digests were taken from the command's output before the
 * calculation run was moved into the core; a change of the numbers themselves (a factor, a rule)
 * must record new ones, and say why. The JSON digests were recorded again when the inventory JSON
 * became {@code scopeplus.inventory/2} (camelCase names and calendar-month results, listed in
 * CHANGELOG.md); the CSV trace, whose format did not change, kept its digest. The two traces were
 * recorded again when numbers stopped showing the last binary digits of arithmetic ({@code
 * 0.47247143999999996} is now {@code 0.47247144}, see {@code Decimals}): every gram, every total
 * and every other byte stayed the same.
 */
class RecordedOutputsTest {

  @TempDir Path dir;

  @Test
  void theDemoOf2020IsTheRecordedJson() throws Exception {
    CommandRun r = CommandRun.of("demo", "--year", "2020", "--format", "json");
    assertThat(r.exit()).isZero();
    assertThat(sha256(r.out()))
        .isEqualTo("5de342d3a9d425a83cf61e1232be3f4d80ac53b04b0ad4fcf74f58337a7392ce");
  }

  @Test
  void aGeneratedFileGivesTheRecordedInventoryAndTrace() throws Exception {
    // the manifest names the input file, so the name is part of the recorded bytes
    Path file = dir.resolve("gen20k.csv");
    CommandRun generated =
        CommandRun.of("generate", "--rows", "20000", "--seed", "7", "--out", file.toString());
    assertThat(generated.exit()).isZero();
    String f = file.toString();
    SoftAssertions soft = new SoftAssertions();
    soft.assertThat(inventory(f, "--format", "json"))
        .isEqualTo("316e35041e291ebe094b8172a60e1f9996fcd94003404503b528ced7ab7a1a4d");
    soft.assertThat(inventory(f, "--format", "csv", "--trace"))
        .isEqualTo("af49a8e2b9cf20744fbcda927db5cda530eab3af9ae0b394b371792fb46a58ec");
    soft.assertThat(inventory(f, "--format", "json", "--trace", "--year", "2022"))
        .isEqualTo("90aabe3dacd536aceedc4384cf078fc2191562708a1352667724bb4feb9e0a99");
    soft.assertThat(
            inventory(f, "--format", "json", "--gwp", "AR6", "--consolidation", "EQUITY_SHARE"))
        .isEqualTo("4a1f3deb4efc696daa4da2929a4c15195012587148779f25bfaa50c111694e5b");
    soft.assertAll();
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

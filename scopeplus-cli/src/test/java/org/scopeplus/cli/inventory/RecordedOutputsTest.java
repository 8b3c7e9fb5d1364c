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
 * and every other byte stayed the same. The JSON digests were recorded again when the US EPA GHG
 * Emission Factors Hub became a built-in library: each manifest lists it (name, version, SHA-256)
 * and nothing else changed, as no record of these runs resolves to one of its factors. The two
 * traces were recorded again when a market-based line at the residual mix above the record's
 * location-based figure began to say why: with that sentence taken out, both traces are the bytes
 * of the earlier digests, and the inventories did not change.
 */
class RecordedOutputsTest {

  @TempDir Path dir;

  @Test
  void theDemoOf2020IsTheRecordedJson() throws Exception {
    CommandRun r = CommandRun.of("demo", "--year", "2020", "--format", "json");
    assertThat(r.exit()).isZero();
    assertThat(sha256(r.out()))
        .isEqualTo("79d222a84f25bc2737b547cec373bb764a4e8024ec237185eb9b614dd204afc1");
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
        .isEqualTo("d318c115d22f6d52b67505f03bf7be3a4731b68ab8eb91b929605f486a777af2");
    soft.assertThat(inventory(f, "--format", "csv", "--trace"))
        .isEqualTo("76007f17eca18d1d4973f27ad241b1c101b7973c10a1e9902c33c8cbb6430b61");
    soft.assertThat(inventory(f, "--format", "json", "--trace", "--year", "2022"))
        .isEqualTo("a8884cfe1af2f688a214b214f2d52ff90fdadf017e398e656b5fca451dd9fffd");
    soft.assertThat(
            inventory(f, "--format", "json", "--gwp", "AR6", "--consolidation", "EQUITY_SHARE"))
        .isEqualTo("4c3a05257587bcd79ce557610ce144c521e2156dfc13b007106442da03d9fd22");
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

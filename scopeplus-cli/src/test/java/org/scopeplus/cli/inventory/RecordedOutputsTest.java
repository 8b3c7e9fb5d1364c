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
 * of the earlier digests, and the inventories did not change. Then all five were recorded again
 * when (1) the built-in library gained the MEE/NBS 2021 regional and provincial and the remaining
 * 2022 provincial grid factors, so records in a province now resolve to their province's factor
 * instead of their regional grid's (and the library's SHA-256 in the manifest changed); (2) spend
 * is exchanged and deflated to the factor's currency and price year (a spend record whose currency
 * or year differs from its factor's changes; the demo's spend is in USD@2018, its factors' own
 * year, and does not); (3) the JSON gained {@code factorYearWarnings} and its manifest the two
 * spend tables; (4) the demo's activity file was written again by {@code DemoDataset} so that its
 * 2020 base year is calibrated on the factors the run now resolves for 2020 (the provinces' 2021
 * ones), and the generator draws its rows from that file. All five were recorded again when the
 * inventory JSON gained {@code scope3FromSupplierData} (the share of each Scope 3 category from
 * supplier data) and the market-based sentence above met the provincial factors: with that member
 * removed from the JSON and the sentence from the traces, every output is the bytes of the digests
 * before. The two traces were recorded again when every market-based line began to name its step of
 * the Scope 2 hierarchy (e.g. {@code residual mix (Scope 2 Guidance table 6.3, step 3 of 4): }):
 * with those words taken out (and the CSV field unquoted where it then holds no comma), both traces
 * are the bytes of the earlier digests, and the inventories did not change. The demo's JSON was
 * recorded again when its certificates became instrument-registry entries ({@code
 * DemoInstruments}): its manifest names {@code instrumentClaimsSha256}; each record of a covered
 * facility's month now takes the registry's claimed share of the month (one line per instrument,
 * 3,588 lines became 4,692) instead of the covered record counting at zero, and the parts claimed
 * are whole kWh, so 2020's market-based Scope 2 moved by 6.9 kg, from 4,224,973.055979 to
 * 4,224,973.062856 t; every location-based figure and every other member stayed the same. The
 * generated file's outputs, run without a registry, did not change. The four JSON digests were
 * recorded again when the demo's activity file (and so the generated file) gained a {@code
 * supplier} column naming the demo register's supplier of each purchase: the only difference in
 * each is the input file's SHA-256 in the manifest; the CSV trace kept its digest. The four JSON
 * digests were recorded again when the US EPA GHG Emission Factors Hub library gained its 2021 and
 * 2022 tables beyond stationary combustion and the eGRID2022 US average moved into it from the
 * built-in library: the only differences are the two libraries' SHA-256 and the Hub library's
 * version (2021-2024) in each manifest, as no record of these runs is in the US or resolves to one
 * of the new rows; the CSV trace kept its digest. The four JSON digests were recorded again when
 * the Hub library gained its 2024 and 2025 editions (and its 2021 rows were checked against EPA's
 * workbook): with the Hub library's SHA-256 and version (2021-2025) put back to the earlier ones,
 * each output is the bytes of the earlier digest; the CSV trace kept its digest. All five were
 * recorded again when the built-in library gained the MEE/NBS 2023 provincial grid factors
 * (Announcement 2025 No. 47) and the price-index table gained the euro area HICP and China's CPI
 * under a new name: records in a province of 2023 or later now resolve to their province's 2023
 * factor instead of its 2022 one (a legitimate change of the numbers), and every manifest names the
 * library's new SHA-256 and the price-index table's new name and digest. The demo of 2020 has no
 * record after 2020, so only its manifest changed (its totals are those above, e.g. market-based
 * Scope 2 4,224,973.062856 t); the generated file's inventories and trace changed in their
 * 2023-2025 provincial electricity lines and the totals above them. The four JSON digests were
 * recorded once more where both changes met (the Hub editions and the 2023 provinces): each
 * manifest names both libraries' new SHA-256; the CSV trace is the one recorded with the 2023
 * provinces, byte for byte. The four JSON digests were recorded again when the Hub library gained
 * its 2023 edition and 144 of its 2022 rows became corroborated: with the Hub library's SHA-256 put
 * back to the earlier one, each output is the bytes of the earlier digest (no record of these runs
 * resolves to a Hub factor); the CSV trace kept its digest.
 */
class RecordedOutputsTest {

  @TempDir Path dir;

  @Test
  void theDemoOf2020IsTheRecordedJson() throws Exception {
    CommandRun r = CommandRun.of("demo", "--year", "2020", "--format", "json");
    assertThat(r.exit()).isZero();
    assertThat(sha256(r.out()))
        .isEqualTo("76b834eaf043ea107ff83d81f8f64b5c60b626ab7643c155b400f17ddcb90c16");
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
        .isEqualTo("6c991f9913ba5ffd1d6be8c67677f38778531a52a22e54e2477531d7b185e67a");
    soft.assertThat(inventory(f, "--format", "csv", "--trace"))
        .isEqualTo("b2fc6801e68ca99baaa3e27e486a3ec5e9db0332fc3efeae030cea8d184231a8");
    soft.assertThat(inventory(f, "--format", "json", "--trace", "--year", "2022"))
        .isEqualTo("952f0df4199eb3b7e5857a7e065c04e0142e997c51ed8e4557c8131eba04c6f9");
    soft.assertThat(
            inventory(f, "--format", "json", "--gwp", "AR6", "--consolidation", "EQUITY_SHARE"))
        .isEqualTo("ff823bb7dd7590c7a3e66794510f657641d278f54d001ee14d42cd3d351b6f22");
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

package org.scopeplus.cli.demo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.scopeplus.cli.CommandRun;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** {@code scopeplus demo} and {@code scopeplus generate} end to end. */
class DemoCommandTest {

  @TempDir Path dir;

  @Test
  void theDemoOf2020PrintsThePublishedBaselineAsJson() {
    CommandRun r = CommandRun.of("demo", "--year", "2020", "--format", "json");
    assertThat(r.exit()).isZero();
    JsonNode json = JsonMapper.builder().build().readTree(r.out());
    assertThat(json.get("schema").asString()).isEqualTo("scopeplus.inventory/2");
    JsonNode totals = json.get("totals");
    // Alibaba Group, Carbon Neutrality Action Report (2021), 2020 baseline, t CO2e
    assertThat(totals.get("scope1").asDouble()).isCloseTo(510_000, within(5_100.0));
    assertThat(totals.get("scope2Location").asDouble()).isCloseTo(3_710_000, within(37_100.0));
    assertThat(totals.get("scope3").asDouble()).isCloseTo(5_290_000, within(52_900.0));
    assertThat(totals.get("totalLocation").asDouble()).isCloseTo(9_510_000, within(95_100.0));
  }

  @Test
  void theDemoOf2020ListsTheGridFactorsOfLaterYearsItRestsOn() {
    // MEE/NBS published no grid factors before data year 2021, so the 2020 base year takes the
    // 2021 ones (the earliest later year), and the report says so instead of only the trace
    CommandRun r = CommandRun.of("demo", "--year", "2020");
    assertThat(r.exit()).isZero();
    assertThat(r.out())
        .contains("used for a year they do not describe")
        .contains("cn_mee_nbs.average.cn-zj.2021 for 2020")
        .contains("no factor for 2020 or earlier, the earliest later year's was used");
  }

  @Test
  void theDemoTableIsTheInventoryReportAndNamesTheBusinessUnits() {
    CommandRun r = CommandRun.of("demo");
    assertThat(r.exit()).isZero();
    assertThat(r.out())
        .contains("Scope 2 (market-based)")
        .contains("Kestrel/Cloud")
        .contains("Kestrel/Logistics")
        .contains("Franchises");
  }

  /**
   * The demo's certificates and PPAs are registry entries: the exported registry folder, given to
   * {@code inventory --instruments}, gives the demo's market-based Scope 2 to the gram.
   */
  @Test
  void theExportedRegistryGivesTheDemosMarketBasedScope2ToAFileRun() throws Exception {
    CommandRun demo =
        CommandRun.of("demo", "--year", "2025", "--format", "json", "--export", dir.toString());
    assertThat(demo.exit()).as(demo.err()).isZero();
    assertThat(dir.resolve("instruments/instruments.csv")).exists();
    assertThat(Files.readString(dir.resolve("instruments/instruments.csv")))
        .contains(",gec,GEC-2025,")
        .contains(",ppa-physical,,")
        .contains(",i-rec,I-REC-SG-2025,");
    String activity = dir.resolve("kestrel-activity.csv").toString();
    String org = dir.resolve("kestrel-org.csv").toString();
    CommandRun file =
        CommandRun.of(
            "inventory",
            activity,
            "--org",
            org,
            "--year",
            "2025",
            "--instruments",
            dir.resolve("instruments").toString(),
            "--format",
            "json",
            "--no-progress");
    assertThat(file.exit()).as(file.err()).isZero();
    JsonNode a = JsonMapper.builder().build().readTree(demo.out()).get("totals");
    JsonNode b = JsonMapper.builder().build().readTree(file.out()).get("totals");
    assertThat(b.get("scope2Market").asDouble()).isEqualTo(a.get("scope2Market").asDouble());
    assertThat(b.get("scope2Location").asDouble()).isEqualTo(a.get("scope2Location").asDouble());
    // the demo buys attributes for 56% of the covered sites' electricity in 2025: market-based is
    // well below location-based
    assertThat(a.get("scope2Market").asDouble())
        .isLessThan(0.8 * a.get("scope2Location").asDouble());
  }

  @Test
  void aYearOutsideTheDemoIsRefused() {
    CommandRun r = CommandRun.of("demo", "--year", "2019");
    assertThat(r.exit()).isEqualTo(2);
    assertThat(r.err()).contains("2020 to 2025");
  }

  @Test
  void generateWritesTheRowsAskedForAndTheSameBytesForTheSameSeed() throws Exception {
    Path a = dir.resolve("a.csv");
    Path b = dir.resolve("b.csv");
    assertThat(
            CommandRun.of("generate", "--rows", "1000", "--seed", "9", "--out", a.toString())
                .exit())
        .isZero();
    assertThat(
            CommandRun.of("generate", "--rows", "1000", "--seed", "9", "--out", b.toString())
                .exit())
        .isZero();
    assertThat(Files.readAllLines(a)).hasSize(1001);
    assertThat(Files.mismatch(a, b)).isEqualTo(-1L);
    CommandRun inventory =
        CommandRun.of("inventory", a.toString(), "--format", "json", "--no-progress");
    assertThat(inventory.exit()).isZero();
  }
}

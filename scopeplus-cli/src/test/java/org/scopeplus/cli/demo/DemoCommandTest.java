package org.scopeplus.cli.demo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.scopeplus.cli.ScopePlusCommand;
import picocli.CommandLine;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** {@code scopeplus demo} and {@code scopeplus generate} end to end. */
class DemoCommandTest {

  @TempDir Path dir;

  private record Run(int exit, String out, String err) {}

  private static Run run(String... args) {
    PrintStream oldOut = System.out;
    PrintStream oldErr = System.err;
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    StringWriter picoOut = new StringWriter();
    try {
      System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
      System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));
      CommandLine cl = ScopePlusCommand.commandLine();
      cl.setOut(new PrintWriter(picoOut, true));
      int exit = cl.execute(args);
      return new Run(
          exit,
          out.toString(StandardCharsets.UTF_8) + picoOut,
          err.toString(StandardCharsets.UTF_8));
    } finally {
      System.setOut(oldOut);
      System.setErr(oldErr);
    }
  }

  @Test
  void theDemoOf2020PrintsThePublishedBaselineAsJson() {
    Run r = run("demo", "--year", "2020", "--format", "json");
    assertThat(r.exit()).isZero();
    JsonNode json = JsonMapper.builder().build().readTree(r.out());
    assertThat(json.get("schema").asString()).isEqualTo("scopeplus.inventory/1");
    JsonNode totals = json.get("totals");
    // Alibaba Group, Carbon Neutrality Action Report (2021), 2020 baseline, t CO2e
    assertThat(totals.get("scope1").asDouble()).isCloseTo(510_000, within(5_100.0));
    assertThat(totals.get("scope2_location").asDouble()).isCloseTo(3_710_000, within(37_100.0));
    assertThat(totals.get("scope3").asDouble()).isCloseTo(5_290_000, within(52_900.0));
    assertThat(totals.get("total_location").asDouble()).isCloseTo(9_510_000, within(95_100.0));
  }

  @Test
  void theDemoTableIsTheInventoryReportAndNamesTheBusinessUnits() {
    Run r = run("demo");
    assertThat(r.exit()).isZero();
    assertThat(r.out())
        .contains("Scope 2 (market-based)")
        .contains("Kestrel/Cloud")
        .contains("Kestrel/Logistics")
        .contains("Franchises");
  }

  @Test
  void aYearOutsideTheDemoIsRefused() {
    Run r = run("demo", "--year", "2019");
    assertThat(r.exit()).isEqualTo(2);
    assertThat(r.err()).contains("2020 to 2025");
  }

  @Test
  void generateWritesTheRowsAskedForAndTheSameBytesForTheSameSeed() throws Exception {
    Path a = dir.resolve("a.csv");
    Path b = dir.resolve("b.csv");
    assertThat(run("generate", "--rows", "1000", "--seed", "9", "--out", a.toString()).exit())
        .isZero();
    assertThat(run("generate", "--rows", "1000", "--seed", "9", "--out", b.toString()).exit())
        .isZero();
    assertThat(Files.readAllLines(a)).hasSize(1001);
    assertThat(Files.mismatch(a, b)).isEqualTo(-1L);
    Run inventory = run("inventory", a.toString(), "--format", "json", "--no-progress");
    assertThat(inventory.exit()).isZero();
  }
}

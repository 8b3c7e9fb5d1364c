package org.scopeplus.cli.energy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.scopeplus.cli.CommandRun;

/**
 * {@code scopeplus energy backtest} and {@code energy savings} on the Illinois development meter
 * (scopeplus-energy/src/test/resources/load/README.md).
 */
class EnergyLoadCommandTest {

  private static final Path LOAD = Path.of("../scopeplus-energy/src/test/resources/load");
  private static final String METER =
      LOAD.resolve("il-electricity-cdd-only-hourly.csv.gz").toString();
  private static final String TEMPERATURE = LOAD.resolve("il-tempF.csv.gz").toString();

  /**
   * {@code energy backtest} on the Illinois meter trained on the first half of 2016, writing out.
   */
  private static CommandRun illinoisBacktest(Path out, String predict, String... options) {
    List<String> args =
        new ArrayList<>(
            List.of(
                "energy",
                "backtest",
                "--meter",
                METER,
                "--weather",
                TEMPERATURE,
                "--zone",
                "-06:00",
                "--train",
                "2016-01-01/2016-07-01",
                "--predict",
                predict,
                "--out",
                out.toString()));
    args.addAll(List.of(options));
    return CommandRun.of(args.toArray(new String[0]));
  }

  @Test
  void aBacktestWritesEveryPredictedHourAndPrintsTheFigures(@TempDir Path dir) throws Exception {
    Path out = dir.resolve("predicted.csv");
    CommandRun run = illinoisBacktest(out, "2016-07-01/2016-08-01", "--model", "auto");
    assertEquals(0, run.exit(), run.err());
    assertTrue(run.out().contains("CV(RMSE)"), run.out());
    assertTrue(run.out().contains("NMBE"), run.out());
    assertTrue(run.out().contains("MAE"), run.out());
    assertTrue(run.out().contains("chosen: "), run.out());
    // gradient-boosted trees are not among auto's candidates: worse on every development backtest
    assertFalse(run.out().contains("gbt"), run.out());
    // CalTRACK's sufficiency of a savings baseline is told, not enforced, for a forecast's
    // training: 2016-01-01 to 2016-07-01 is 182 days
    assertTrue(
        run.out()
            .contains(
                "daily training, note (CalTRACK data sufficiency): The baseline spans 182 days"),
        run.out());
    List<String> lines = Files.readAllLines(out);
    assertEquals("timestamp_utc,predicted_kwh", lines.get(0));
    // July has 31 × 24 hours; July 1 00:00 at -06:00 is 06:00 UTC
    boolean hourly = run.out().contains("chosen: hourly");
    assertEquals(hourly ? 31 * 24 + 1 : 31 + 1, lines.size());
    assertTrue(lines.get(1).startsWith("2016-07-01T06:00:00Z,"), lines.get(1));
  }

  @Test
  void aRollingDayAheadBacktest(@TempDir Path dir) throws Exception {
    Path out = dir.resolve("predicted.csv");
    CommandRun run =
        illinoisBacktest(out, "2016-07-01/2016-07-08", "--step", "P1D", "--model", "daily");
    assertEquals(0, run.exit(), run.err());
    assertTrue(run.out().contains("(last of 7 fits)"), run.out());
    assertEquals(8, Files.readAllLines(out).size());
  }

  private static CommandRun savings(String baseline, String model, String... more) {
    List<String> args = new java.util.ArrayList<>(List.of("--model", model));
    args.addAll(List.of(more));
    return savingsOf(METER, baseline, "2017-01-04/2018-01-04", args.toArray(String[]::new));
  }

  private static CommandRun savingsOf(
      String meter, String baseline, String reporting, String... more) {
    List<String> args =
        new java.util.ArrayList<>(
            List.of(
                "energy",
                "savings",
                "--meter",
                meter,
                "--weather",
                TEMPERATURE,
                "--zone",
                "-06:00",
                "--baseline",
                baseline,
                "--reporting",
                reporting));
    args.addAll(List.of(more));
    return CommandRun.of(args.toArray(String[]::new));
  }

  @Test
  void aGradientBoostedBacktestWritesEveryHour(@TempDir Path dir) throws Exception {
    Path out = dir.resolve("predicted.csv");
    CommandRun run = illinoisBacktest(out, "2016-07-01/2016-07-08", "--model", "gbt");
    assertEquals(0, run.exit(), run.err());
    assertTrue(run.out().contains("gradient-boosted trees (XGBoost), 200 rounds"), run.out());
    assertTrue(run.out().contains("  gbt, hours: n 168 hours, CV(RMSE)"), run.out());
    List<String> lines = Files.readAllLines(out);
    assertEquals(7 * 24 + 1, lines.size());
    assertTrue(lines.get(1).startsWith("2016-07-01T06:00:00Z,"), lines.get(1));
  }

  /**
   * The baseline is the 365 days before 2016-12-26, as CalTRACK's data sufficiency asks (the
   * library's AvoidedEnergyTest fits 2015-12-26 to 2016-12-26, 366 days, which the command refuses:
   * see {@link #aBaselineOfMoreThan365DaysIsRefused}); so the daily model's saving is 431.2 kWh
   * rather than the 429.4 kWh of that year.
   */
  @Test
  void savingsPrintTheAvoidedEnergyItsUncertaintyAndTheCo2() {
    CommandRun run = savings("2015-12-27/2016-12-26", "daily", "--price", "0.5");
    assertEquals(0, run.exit(), run.err());
    assertTrue(run.out().contains("kWh over 365 days: avoided energy use 431.2 kWh"), run.out());
    assertTrue(run.out().contains("fractional savings uncertainty"), run.out());
    // 431.169 kWh avoided at 0.5 a kWh
    assertTrue(run.out().contains("cost saved at 0.5000 a kWh: 215.58"), run.out());
    // CO2: the reporting period's middle is in 2017; the built-in library has China's national
    // grid factor from 2021 on (MEE & NBS Announcement 2024 No. 12: 0.5568 kg CO2/kWh), so the
    // year rule takes the earliest later vintage and says so: 431.169 x 0.5568 = 240.075 kg
    assertTrue(run.out().contains("CO2 avoided: 240.075 kg"), run.out());
    assertTrue(run.out().contains("for CN in 2017 (region CN matched; no factor valid"), run.out());
    assertTrue(run.out().contains("earliest vintage (valid 2021-01-01"), run.out());
    // a factor given instead: 431.169 x 0.5 = 215.585 kg
    CommandRun given = savings("2015-12-27/2016-12-26", "daily", "--grid-factor", "0.5");
    assertTrue(given.out().contains("CO2 avoided: 215.585 kg"), given.out());
    assertTrue(given.out().contains("grid factor 0.5000 kg CO2/kWh (given)"), given.out());
  }

  /**
   * The hourly model on the same year: the generated meter has 907 hours above median + 3 x IQR,
   * which CalTRACK 2.3.6 flags for review: a warning in the table and in JSON, in both languages.
   */
  @Test
  void dataSufficiencyWarningsAreShownInTheTableAndInJson() {
    CommandRun table = savings("2015-12-27/2016-12-26", "hourly");
    assertEquals(0, table.exit(), table.err());
    assertTrue(
        table
            .out()
            .contains(
                "warning (CalTRACK data sufficiency): 907 hourly readings lie above median + 3 x"
                    + " IQR"),
        table.out());
    CommandRun json = savings("2015-12-27/2016-12-26", "hourly", "--format", "json");
    assertEquals(0, json.exit(), json.err());
    var root = tools.jackson.databind.json.JsonMapper.builder().build().readTree(json.out());
    assertEquals("scopeplus.energy-savings/1", root.get("schema").asString());
    assertEquals("extreme_values_detected", root.get("warnings").get(0).get("code").asString());
    assertTrue(
        root.get("warnings").get(0).get("textZhCn").asString().startsWith("907 个小时读数"), json.out());
    assertEquals(2017, root.get("gridFactor").get("year").asInt());
    assertEquals(root.get("savingsKwh").asDouble() * 0.5568, root.get("co2Kg").asDouble(), 1e-9);
  }

  @Test
  void aBaselineOfMoreThan365DaysIsRefused() {
    CommandRun run = savings("2015-12-26/2016-12-26", "daily");
    assertEquals(2, run.exit());
    assertTrue(
        run.err()
            .contains(
                "the baseline 2015-12-26/2016-12-26 does not meet CalTRACK's data sufficiency: The"
                    + " baseline spans 366 days; CalTRACK asks for 329 to 365 days"),
        run.err());
    CommandRun half = savings("2016-06-01/2016-12-26", "hourly");
    assertEquals(2, half.exit());
    assertTrue(half.err().contains("The baseline spans 208 days"), half.err());
  }

  @Test
  void refusalsSaySentences(@TempDir Path dir) throws Exception {
    CommandRun backwards =
        CommandRun.of(
            "energy",
            "backtest",
            "--meter",
            METER,
            "--weather",
            TEMPERATURE,
            "--train",
            "2016-07-01/2016-01-01",
            "--predict",
            "2016-07-01/2016-08-01",
            "--out",
            dir.resolve("o.csv").toString());
    assertEquals(2, backwards.exit());
    assertTrue(backwards.err().contains("the end must come after the start"), backwards.err());
    Path bad = dir.resolve("bad.csv");
    Files.writeString(bad, "timestamp,kwh\n2016-01-01T00:00Z,1\n2016-01-01T01:00Z,x\n");
    CommandRun badRow = savingsOf(bad.toString(), "2016-01-01/2016-02-01", "2016-02-01/2016-03-01");
    assertEquals(2, badRow.exit());
    assertTrue(badRow.err().contains("bad.csv, row 3, kwh: 'x' is not a number"), badRow.err());
    CommandRun year = savingsOf(METER, "0000-01-01/2016-02-01", "2016-02-01/2016-03-01");
    assertEquals(2, year.exit());
    assertTrue(year.err().contains("outside 1970-2200"), year.err());
    CommandRun price =
        savingsOf(METER, "2016-01-01/2016-02-01", "2016-02-01/2016-03-01", "--price", "1e300");
    assertEquals(2, price.exit());
    assertTrue(price.err().contains("a price from 0 to 100 a kWh"), price.err());
    CommandRun unknown =
        illinoisBacktest(dir.resolve("o.csv"), "2016-07-01/2016-08-01", "--model", "forest");
    assertEquals(2, unknown.exit());
    assertTrue(
        unknown.err().contains("--model forest: choose hourly, daily, gbt or auto"), unknown.err());
    CommandRun treeSavings =
        CommandRun.of(
            "energy",
            "savings",
            "--meter",
            METER,
            "--weather",
            TEMPERATURE,
            "--baseline",
            "2016-01-01/2016-02-01",
            "--reporting",
            "2016-02-01/2016-03-01",
            "--model",
            "gbt");
    assertEquals(2, treeSavings.exit());
    assertTrue(
        treeSavings.err().contains("--model gbt: hourly or daily (Guideline 14's"),
        treeSavings.err());
  }
}

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

  @Test
  void aGradientBoostedBacktestWritesEveryHour(@TempDir Path dir) throws Exception {
    Path out = dir.resolve("predicted.csv");
    CommandRun run = illinoisBacktest(out, "2016-07-01/2016-07-08", "--model", "gbt");
    assertEquals(0, run.exit(), run.err());
    assertTrue(run.out().startsWith("gradient-boosted trees (XGBoost), 200 rounds"), run.out());
    assertTrue(run.out().contains("  gbt, hours: n 168 hours, CV(RMSE)"), run.out());
    List<String> lines = Files.readAllLines(out);
    assertEquals(7 * 24 + 1, lines.size());
    assertTrue(lines.get(1).startsWith("2016-07-01T06:00:00Z,"), lines.get(1));
  }

  @Test
  void savingsPrintTheAvoidedEnergyAndItsUncertainty() {
    CommandRun run =
        CommandRun.of(
            "energy",
            "savings",
            "--meter",
            METER,
            "--weather",
            TEMPERATURE,
            "--zone",
            "-06:00",
            "--baseline",
            "2015-12-26/2016-12-26",
            "--reporting",
            "2017-01-04/2018-01-04",
            "--model",
            "daily",
            "--price",
            "0.5");
    assertEquals(0, run.exit(), run.err());
    assertTrue(run.out().contains("kWh over 365 days: avoided energy use"), run.out());
    assertTrue(run.out().contains("avoided energy use"), run.out());
    assertTrue(run.out().contains("fractional savings uncertainty"), run.out());
    // 429.4 kWh avoided (docs/energy.md) at 0.5 a kWh
    assertTrue(run.out().contains("cost saved at 0.5000 a kWh: 214.70"), run.out());
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
    CommandRun badRow =
        CommandRun.of(
            "energy",
            "savings",
            "--meter",
            bad.toString(),
            "--weather",
            TEMPERATURE,
            "--baseline",
            "2016-01-01/2016-02-01",
            "--reporting",
            "2016-02-01/2016-03-01");
    assertEquals(2, badRow.exit());
    assertTrue(badRow.err().contains("bad.csv, row 3, kwh: 'x' is not a number"), badRow.err());
    CommandRun year =
        CommandRun.of(
            "energy",
            "savings",
            "--meter",
            METER,
            "--weather",
            TEMPERATURE,
            "--baseline",
            "0000-01-01/2016-02-01",
            "--reporting",
            "2016-02-01/2016-03-01");
    assertEquals(2, year.exit());
    assertTrue(year.err().contains("outside 1970-2200"), year.err());
    CommandRun price =
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
            "--price",
            "1e300");
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

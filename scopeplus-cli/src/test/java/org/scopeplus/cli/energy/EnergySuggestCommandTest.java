package org.scopeplus.cli.energy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.scopeplus.cli.CommandRun;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * {@code scopeplus energy suggest} on the Illinois development meter with the Greensboro TMY3 year
 * as its weather (temperatures matched by month, day and hour; irradiance for PV).
 */
class EnergySuggestCommandTest {

  private static final Path LOAD = Path.of("../scopeplus-energy/src/test/resources/load");
  private static final String METER =
      LOAD.resolve("il-electricity-cdd-only-hourly.csv.gz").toString();

  static Path tariff(Path dir) throws Exception {
    Path t = dir.resolve("tariff.properties");
    Files.writeString(
        t,
        "period.valley.price=0.30\nperiod.valley.hours=23-7\n"
            + "period.peak.price=1.10\nperiod.peak.hours=10-12,18-21\n"
            + "period.flat.price=0.70\nperiod.flat.hours=7-10,12-18,21-23\n"
            + "demand_charge_per_kw_month=38\n");
    return t;
  }

  private static String weather() {
    return Path.of("../scopeplus-energy/src/test/resources/weather/723170TYA.CSV.gz").toString();
  }

  /**
   * A 15-minute meter: 28 days from 2023-01-02 at 5 kW (1.25 kWh a quarter-hour), with 40
   * quarter-hours at 20 kW in 40 different hours and a 41st at 12 kW. The demand charge bills the
   * 15-minute maximum: the top 10 hours (40 quarter-hours) clipped to 12 kW save 20 - 12 = 8 kW x
   * 38 a kW-month x 12 = 3,648 a year, where the hourly means (8.75 kW in 40 hours) show nothing.
   */
  @Test
  void peakShavingOnAFifteenMinuteMeterBillsTheIntervalMaximum(@TempDir Path dir) throws Exception {
    java.time.LocalDateTime start = java.time.LocalDateTime.of(2023, 1, 2, 0, 0);
    StringBuilder m = new StringBuilder("timestamp,kwh\n");
    StringBuilder t = new StringBuilder("dt,tempC\n");
    for (int q = 0; q < 28 * 24 * 4; q++) {
      int hour = q / 4;
      boolean spike = q % 4 == 1 && hour >= 10 && (hour - 10) % 15 == 0 && hour < 10 + 40 * 15;
      double kwh = spike ? 5 : q == (10 + 40 * 15) * 4 + 2 ? 3 : 1.25;
      m.append(start.plusMinutes(15L * q)).append(":00Z,").append(kwh).append('\n');
      if (q % 4 == 0) {
        t.append(start.plusHours(hour)).append(":00Z,").append(q % 96 < 48 ? 4 : 9).append('\n');
      }
    }
    Path meter = dir.resolve("quarter-hours.csv");
    Files.writeString(meter, m);
    Path temp = dir.resolve("temp.csv");
    Files.writeString(temp, t);
    CommandRun run =
        CommandRun.of(
            "energy",
            "suggest",
            "--meter",
            meter.toString(),
            "--weather",
            temp.toString(),
            "--tariff",
            tariff(dir).toString(),
            "--grid-factor",
            "0.5",
            "--format",
            "json");
    assertEquals(0, run.exit(), run.err());
    JsonNode peak = null;
    for (JsonNode s : JsonMapper.builder().build().readTree(run.out()).get("suggestions")) {
      if (s.get("rule").asString().equals("peak_shaving")) {
        peak = s;
      }
    }
    assertTrue(peak != null, run.out());
    assertEquals(3648, peak.get("costPerYear").asDouble(), 1e-6, run.out());
    assertTrue(peak.get("evidence").get(0).asString().contains("15-minute demand"), run.out());
  }

  @Test
  void suggestionsAsJsonInBothLanguages(@TempDir Path dir) throws Exception {
    CommandRun run =
        CommandRun.of(
            "energy",
            "suggest",
            "--meter",
            METER,
            "--weather",
            weather(),
            "--tariff",
            tariff(dir).toString(),
            "--zone",
            "-06:00",
            "--period",
            "2016-01-01/2017-01-01",
            "--region",
            "CN-ZJ",
            "--year",
            "2022",
            "--format",
            "json");
    assertEquals(0, run.exit(), run.err());
    JsonNode root = JsonMapper.builder().build().readTree(run.out());
    assertEquals("scopeplus.energy-suggestions/1", root.get("schema").asString());
    // Zhejiang's 2022 provincial average, MEE and NBS Announcement 2024 No. 33: 0.5153 kg/kWh,
    // transcribed from a secondary tabulation, so flagged
    assertEquals(0.5153, root.get("gridFactorKgPerKwh").asDouble(), 1e-9);
    assertEquals(
        "cn_mee_nbs.average.cn-zj.2022", root.get("gridFactor").get("factorId").asString());
    assertTrue(root.get("gridFactor").get("secondary").asBoolean());
    JsonNode list = root.get("suggestions");
    assertTrue(list.size() >= 4, run.out());
    double previous = Double.MAX_VALUE;
    boolean pv = false;
    boolean peak = false;
    for (JsonNode s : list) {
      double cost = s.get("costPerYear").asDouble();
      assertTrue(cost <= previous, run.out());
      previous = cost;
      assertTrue(s.get("textZhCn").asString().codePoints().anyMatch(c -> c > 0x4e00));
      assertEquals(s.get("kwhPerYear").asDouble() * 0.5153, s.get("co2KgPerYear").asDouble(), 1e-6);
      pv |= s.get("rule").asString().equals("pv");
      peak |= s.get("rule").asString().equals("peak_shaving");
    }
    assertTrue(pv, "the TMY3 file has irradiance: a PV suggestion");
    assertTrue(peak, "a demand charge: a peak-shaving suggestion");
  }

  @Test
  void aTableInChinese(@TempDir Path dir) throws Exception {
    CommandRun run = suggestWith(tariff(dir), "--zone", "-06:00", "--lang", "zh-CN");
    assertEquals(0, run.exit(), run.err());
    assertTrue(run.out().contains("no PV suggestion"), run.out());
    assertTrue(run.out().contains("load_shifting"), run.out());
    assertTrue(run.out().contains("谷段") || run.out().contains("valley"), run.out());
  }

  @Test
  void theGridFactorFollowsTheYearRuleAndSaysWhichWasUsed(@TempDir Path dir) throws Exception {
    // no national factor for 2024 in the library: the nearest earlier year's, 2023, is used
    // (MEE and NBS, 2023 national average 0.5306 kg CO2/kWh)
    CommandRun run = suggestWith(tariff(dir), "--zone", "-06:00", "--year", "2024");
    assertEquals(0, run.exit(), run.err());
    assertTrue(
        run.out().contains("grid factor 0.5306 kg CO2e/kWh (cn_mee_nbs.average.cn.2023"),
        run.out());
    CommandRun unknown = suggestWith(tariff(dir), "--region", "Atlantis");
    assertEquals(2, unknown.exit());
    assertTrue(unknown.err().contains("--region Atlantis"), unknown.err());
  }

  /** {@code energy suggest} of the test meter with the tariff file {@code t} and {@code more}. */
  private static CommandRun suggestWith(Path t, String... more) {
    List<String> args =
        new java.util.ArrayList<String>(
            List.of(
                "energy",
                "suggest",
                "--meter",
                METER,
                "--weather",
                LOAD.resolve("il-tempF.csv.gz").toString(),
                "--tariff",
                t.toString()));
    args.addAll(List.of(more));
    return CommandRun.of(args.toArray(String[]::new));
  }

  @Test
  void aTariffWithAGapIsRefused(@TempDir Path dir) throws Exception {
    Path t = dir.resolve("t.properties");
    Files.writeString(t, "period.day.price=0.7\nperiod.day.hours=8-20\n");
    CommandRun run = suggestWith(t);
    assertEquals(2, run.exit());
    assertTrue(
        run.err().contains("hour 0:00-1:00 of a working day belongs to no period"), run.err());
    // a key's problem is located as the meter files' problems are: file, row, key
    Files.writeString(t, "period.day.price=0.7\nperiod.day.hours=8to20\n");
    CommandRun located = suggestWith(t);
    assertEquals(2, located.exit());
    assertEquals(
        t + ", row 2, period.day.hours: '8to20' is not an hour range like 8-11",
        located.err().strip());
  }
}

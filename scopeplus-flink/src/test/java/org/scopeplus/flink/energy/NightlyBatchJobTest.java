package org.scopeplus.flink.energy;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.SplittableRandom;
import java.util.stream.Stream;
import org.apache.flink.configuration.Configuration;
import org.apache.flink.runtime.testutils.MiniClusterResourceConfiguration;
import org.apache.flink.streaming.api.environment.StreamExecutionEnvironment;
import org.apache.flink.test.junit5.MiniClusterExtension;
import org.apache.flink.util.CloseableIterator;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.scopeplus.energy.batch.NightlyBatch;
import org.scopeplus.energy.load.HourlySeries;
import org.scopeplus.energy.load.Predictions;
import org.scopeplus.energy.suggest.Suggestion;
import org.scopeplus.energy.suggest.Suggestions;
import org.scopeplus.energy.suggest.Tariff;
import org.scopeplus.energy.weather.WeatherFiles;
import org.scopeplus.energy.weather.WeatherYear;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.json.JsonMapper;

/**
 * The Flink job against the embedded {@link NightlyBatch#run} on generated meters, on a two-slot
 * mini cluster: every meter's line must hold exactly the embedded batch's day-ahead and month-ahead
 * forecasts and suggestion figures (equal doubles, not close ones), or its refusal reason, whatever
 * the order of the rows in the input, at parallelism 1 and 2.
 */
class NightlyBatchJobTest {

  @RegisterExtension
  static final MiniClusterExtension CLUSTER =
      new MiniClusterExtension(
          new MiniClusterResourceConfiguration.Builder()
              .setConfiguration(new Configuration())
              .setNumberTaskManagers(1)
              .setNumberSlotsPerTaskManager(2)
              .build());

  private static final ObjectMapper JSON = JsonMapper.builder().build();
  private static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");
  private static final double GRID = 0.5366;

  @TempDir static Path folder;
  private static Path readings;
  private static Path split;
  private static Path tariffFile;
  private static Path forecastFile;
  private static Tariff tariff;
  private static HourlySeries given;
  private static List<GeneratedMeters.Meter> meters;

  @BeforeAll
  static void generate() throws IOException {
    // 30 meters of 60 days with 31 forecast days; among them (k % 10) 7: 5 days (the daily fit
    // needs 10 complete days), 8: 13 days (the suggestions need 14 days of hours; with a missing
    // hour the daily fit may refuse first), 9: no forecast hours.
    SplittableRandom random = new SplittableRandom(17);
    meters = new ArrayList<>();
    List<String> rows = new ArrayList<>();
    for (int k = 0; k < 30; k++) {
      int days = k % 10 == 7 ? 5 : k % 10 == 8 ? 13 : 60;
      GeneratedMeters.Meter m =
          GeneratedMeters.generate("meter-" + k, random, ZONE, days, k % 10 == 9 ? 0 : 31);
      meters.add(m);
      rows.addAll(GeneratedMeters.rows(m));
    }
    Collections.shuffle(rows, new Random(3));
    readings = folder.resolve("readings.csv");
    try (Writer w = Files.newBufferedWriter(readings, StandardCharsets.UTF_8)) {
      GeneratedMeters.write(w, rows);
    }
    // the same rows in another order, in two files of a folder
    Collections.shuffle(rows, new Random(4));
    split = Files.createDirectories(folder.resolve("split"));
    int half = rows.size() / 2;
    try (Writer w = Files.newBufferedWriter(split.resolve("a.csv"), StandardCharsets.UTF_8)) {
      GeneratedMeters.write(w, rows.subList(0, half));
    }
    try (Writer w = Files.newBufferedWriter(split.resolve("b.csv"), StandardCharsets.UTF_8)) {
      GeneratedMeters.write(w, rows.subList(half, rows.size()));
    }
    tariffFile = folder.resolve("tariff.properties");
    Files.writeString(tariffFile, GeneratedMeters.TARIFF);
    tariff = Tariff.read(tariffFile);
    // given forecast temperatures: 62 days after 2024-01-01 local, 4 °C, for meters without
    long from = java.time.LocalDate.of(2024, 1, 1).atStartOfDay(ZONE).toEpochSecond();
    StringBuilder csv = new StringBuilder("timestamp,temperature_c\n");
    for (int i = 0; i < 62 * 24; i++) {
      csv.append(Instant.ofEpochSecond(from + i * 3600L))
          .append(',')
          .append(4 + i % 7)
          .append('\n');
    }
    forecastFile = folder.resolve("forecast.csv");
    Files.writeString(forecastFile, csv);
    given = org.scopeplus.energy.load.MeterFiles.readTemperature(forecastFile, ZoneId.of("UTC"));
  }

  private static List<NightlyBatch.Result> embedded(HourlySeries forecast) {
    List<NightlyBatch.Meter> in = new ArrayList<>();
    for (GeneratedMeters.Meter m : meters) {
      in.add(GeneratedMeters.embedded(m, ZONE, tariff, GRID, forecast));
    }
    List<NightlyBatch.Result> out = new ArrayList<>();
    NightlyBatch.run(in.iterator(), Suggestions.Options.defaults(), out::add);
    return out;
  }

  @Test
  void atParallelismOneEveryMeterHasTheEmbeddedBatchsResult() throws Exception {
    List<String> lines = collect(readings, 1);
    List<NightlyBatch.Result> reference = embedded(null);
    assertExercisesEveryPath(reference);
    assertSame(lines, reference);
  }

  @Test
  void atParallelismTwoFromAFolderWithGivenForecastTemperaturesThroughMain() throws Exception {
    Path output = folder.resolve("output");
    runMain(output, split, "--forecast-temperatures", forecastFile.toString());
    List<NightlyBatch.Result> reference = embedded(given);
    // the meters without forecast hours of their own are forecast from the given temperatures
    assertThat(reference.get(9).dayAhead().size()).isEqualTo(24);
    assertThat(reference.get(9).monthAhead().size()).isGreaterThan(1);
    assertSame(read(output), reference);
  }

  @Test
  void aMeterWithUnreadableOrRepeatedRowsIsRefusedAloneNamingRowAndColumn() throws Exception {
    GeneratedMeters.Meter good =
        GeneratedMeters.generate("good", new SplittableRandom(5), ZONE, 30, 2);
    List<String> rows = new ArrayList<>(GeneratedMeters.rows(good));
    rows.add("letters,2024-01-01T00:00:00Z,abc,5.0"); // line 2 + rows.size() - 1
    rows.add("absurd,2024-01-01T00:00:00Z,1e300,5.0");
    rows.add("twice,2024-01-01T00:00:00Z,1.0,5.0");
    rows.add("twice,2024-01-01T00:00:00Z,2.0,5.0");
    rows.add("year,0000-01-01T00:00:00Z,2.0,5.0");
    rows.add("minute,2024-01-01T00:20:00Z,2.0,5.0");
    rows.add(",2024-01-01T00:00:00Z,2.0,5.0");
    int first = rows.size() - 7 + 2; // the header is line 1
    // hours at two minutes past the UTC hour in one meter: refused naming the second
    rows.add("mixed,2024-01-01T00:00:00Z,2.0,5.0");
    rows.add("mixed,2024-01-01T01:30:00Z,2.0,5.0");
    Path file = folder.resolve("problems.csv");
    try (Writer w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
      GeneratedMeters.write(w, rows);
    }
    Map<String, JsonNode> byMeter = byMeter(collect(file, 2));
    assertThat(byMeter).hasSize(8);
    String f = file.toString();
    assertThat(byMeter.get("letters").get("refused").asString())
        .isEqualTo(f + ", row " + first + ", kwh: 'abc' is not a number");
    assertThat(byMeter.get("absurd").get("refused").asString())
        .startsWith(f + ", row " + (first + 1) + ", kwh: 1e300 kWh in one interval is beyond");
    assertThat(byMeter.get("twice").get("refused").asString())
        .isEqualTo(
            "meter twice, rows "
                + (first + 2)
                + " and "
                + (first + 3)
                + ": the same hour twice (2024-01-01T00:00:00Z)");
    assertThat(byMeter.get("year").get("refused").asString())
        .isEqualTo(f + ", row " + (first + 4) + ", timestamp_utc: year 0 is outside 1970-2200");
    assertThat(byMeter.get("minute").get("refused").asString())
        .isEqualTo(
            f
                + ", row "
                + (first + 5)
                + ", timestamp_utc: '2024-01-01T00:20:00Z' is not the start of an hour (on the"
                + " hour, or 15, 30 or 45 minutes past it)");
    assertThat(byMeter.get("mixed").get("refused").asString())
        .isEqualTo(
            "meter mixed, row "
                + (first + 8)
                + ": its hour starts 30 minutes past the UTC hour, the meter's first hour 0: a"
                + " meter's hours start at the same minute");
    assertThat(byMeter.get("").get("refused").asString())
        .isEqualTo(f + ", row " + (first + 6) + ", meter_id: no meter");
    // the good meter's result is untouched by its neighbours
    List<NightlyBatch.Result> reference = new ArrayList<>();
    NightlyBatch.run(
        List.of(GeneratedMeters.embedded(good, ZONE, tariff, GRID, null)).iterator(),
        Suggestions.Options.defaults(),
        reference::add);
    assertSame(List.of(byMeter.get("good").toString()), reference);
  }

  /**
   * Two meters of the meters file, one in Berlin on a euro tariff with its own grid factor and a
   * weather year for the PV suggestion, one in Shanghai with only its own grid factor, and one
   * meter not listed: each meter's line is what {@link NightlyBatch} gives for that meter alone
   * with its own time zone, tariff and grid factor (the run's where the file gives none).
   */
  @Test
  void eachMeterIsRunWithItsOwnZoneTariffAndGridFactorFromTheMetersFile() throws Exception {
    ZoneId berlin = ZoneId.of("Europe/Berlin");
    GeneratedMeters.Meter west =
        GeneratedMeters.generate("west", new SplittableRandom(21), berlin, 40, 31);
    GeneratedMeters.Meter east =
        GeneratedMeters.generate("east", new SplittableRandom(22), ZONE, 40, 31);
    GeneratedMeters.Meter plain =
        GeneratedMeters.generate("plain", new SplittableRandom(23), ZONE, 40, 31);
    List<String> rows = new ArrayList<>();
    for (GeneratedMeters.Meter m : List.of(west, east, plain)) {
      rows.addAll(GeneratedMeters.rows(m));
    }
    Collections.shuffle(rows, new Random(5));
    Path input = folder.resolve("three-sites.csv");
    try (Writer w = Files.newBufferedWriter(input, StandardCharsets.UTF_8)) {
      GeneratedMeters.write(w, rows);
    }
    Path sites = Files.createDirectories(folder.resolve("sites"));
    Files.writeString(sites.resolve("euro.properties"), EURO_TARIFF);
    Path metersFile = sites.resolve("meters.csv");
    // NREL's TMY3 year of Greensboro, NC (USAF 723170), the development data's weather file
    Files.copy(
        Path.of("../scopeplus-energy/src/test/resources/weather/723170TYA.CSV.gz"),
        sites.resolve("greensboro.csv.gz"));
    Files.writeString(
        metersFile,
        "meter_id,time_zone,tariff,grid_factor,weather\n"
            + "west,Europe/Berlin,euro.properties,0.381,greensboro.csv.gz\n"
            + "east,,,0.81,\n");
    Path output = folder.resolve("output-sites");
    runMain(output, input, "--meters", metersFile.toString());
    Tariff euro = Tariff.read(sites.resolve("euro.properties"));
    WeatherYear greensboro = WeatherFiles.read(sites.resolve("greensboro.csv.gz"), null);
    NightlyBatch.Meter westAlone = GeneratedMeters.embedded(west, berlin, euro, 0.381, null);
    List<NightlyBatch.Result> reference = new ArrayList<>();
    NightlyBatch.run(
        List.of(
                new NightlyBatch.Meter(
                    "west",
                    new Suggestions.Site(
                        westAlone.site().load(), euro, 0.381, greensboro, null, false),
                    westAlone.dayAhead(),
                    westAlone.monthAhead()),
                GeneratedMeters.embedded(east, ZONE, tariff, 0.81, null),
                GeneratedMeters.embedded(plain, ZONE, tariff, GRID, null))
            .iterator(),
        Suggestions.Options.defaults(),
        reference::add);
    assertThat(reference).allSatisfy(r -> assertThat(r.refused()).isNull());
    // the meter with a weather year gets the PV suggestion, the others none
    assertThat(reference.get(0).suggestions())
        .anySatisfy(g -> assertThat(g.rule()).isEqualTo(Suggestion.Rule.PV));
    assertThat(reference.get(1).suggestions())
        .noneSatisfy(g -> assertThat(g.rule()).isEqualTo(Suggestion.Rule.PV));
    List<String> lines = read(output);
    assertSame(
        lines,
        reference,
        id -> id.equals("west") ? berlin : ZONE,
        id -> id.equals("west") ? "EUR" : "CNY");
    // the meters' own settings change their figures: Berlin's month-ahead days are its own
    // local days, and CO2 follows each meter's grid factor
    JsonNode westLine = byMeter(lines).get("west");
    assertThat(westLine.get("monthAhead").get(0).get("day").asString())
        .isEqualTo(
            Instant.ofEpochSecond(reference.get(0).monthAhead().start()[0])
                .atZone(berlin)
                .toLocalDate()
                .toString());
    JsonNode eastFirst = byMeter(lines).get("east").get("suggestions").get(0);
    assertThat(eastFirst.get("co2KgPerYear").doubleValue())
        .isCloseTo(
            eastFirst.get("kwhPerYear").doubleValue() * 0.81,
            org.assertj.core.data.Percentage.withPercentage(1e-6));
  }

  /**
   * A meter in Asia/Kolkata (+05:30), whose local hours start at half past the UTC hour, beside one
   * in Shanghai: each line is what {@link NightlyBatch} gives for that meter alone in its own zone,
   * its forecast hours at half past the UTC hour as its readings are.
   */
  @Test
  void aMeterInAHalfHourZoneIsRunOnItsOwnHours() throws Exception {
    ZoneId kolkata = ZoneId.of("Asia/Kolkata");
    GeneratedMeters.Meter india =
        GeneratedMeters.generate("india", new SplittableRandom(31), kolkata, 40, 31);
    GeneratedMeters.Meter china =
        GeneratedMeters.generate("china", new SplittableRandom(32), ZONE, 40, 31);
    List<String> rows = new ArrayList<>();
    rows.addAll(GeneratedMeters.rows(india));
    rows.addAll(GeneratedMeters.rows(china));
    Collections.shuffle(rows, new Random(6));
    Path input = folder.resolve("half-hour-zone.csv");
    try (Writer w = Files.newBufferedWriter(input, StandardCharsets.UTF_8)) {
      GeneratedMeters.write(w, rows);
    }
    Path metersFile = folder.resolve("half-hour-meters.csv");
    Files.writeString(
        metersFile, "meter_id,time_zone,tariff,grid_factor,weather\nindia,Asia/Kolkata,,,\n");
    Path output = folder.resolve("output-half-hour");
    runMain(output, input, "--meters", metersFile.toString());
    List<NightlyBatch.Result> reference = new ArrayList<>();
    NightlyBatch.run(
        List.of(
                GeneratedMeters.embedded(india, kolkata, tariff, GRID, null),
                GeneratedMeters.embedded(china, ZONE, tariff, GRID, null))
            .iterator(),
        Suggestions.Options.defaults(),
        reference::add);
    assertThat(reference).allSatisfy(r -> assertThat(r.refused()).isNull());
    // 2024-01-01 00:00 IST is 2023-12-31 18:30 UTC: the day-ahead forecast starts at half past
    assertThat(Math.floorMod(reference.get(0).dayAhead().start()[0], 3600)).isEqualTo(1800);
    assertSame(read(output), reference, id -> id.equals("india") ? kolkata : ZONE, id -> "CNY");
  }

  /**
   * Runs {@link NightlyBatchJob#main} at parallelism 2 with the run's tariff, grid factor and zone,
   * the given options, on one input.
   */
  private static void runMain(Path output, Path input, String... options) throws Exception {
    List<String> args =
        new ArrayList<>(
            List.of(
                "--output",
                output.toString(),
                "--tariff",
                tariffFile.toString(),
                "--grid-factor",
                Double.toString(GRID),
                "--zone",
                ZONE.getId(),
                "--parallelism",
                "2"));
    args.addAll(List.of(options));
    args.add(input.toString());
    NightlyBatchJob.main(args.toArray(String[]::new));
  }

  /** A second tariff for the meters file: day 6-22 h at 0.31, night at 0.22 EUR/kWh. */
  private static final String EURO_TARIFF =
      """
      currency=EUR
      period.day.price=0.31
      period.day.hours=6-22
      period.night.price=0.22
      period.night.hours=22-6
      demand_charge_per_kw_month=12
      export_price=0.08
      """;

  /** The job's lines over one input, without given forecast temperatures. */
  private static List<String> collect(Path input, int parallelism) throws Exception {
    StreamExecutionEnvironment env = StreamExecutionEnvironment.getExecutionEnvironment();
    env.setParallelism(parallelism);
    List<String> lines = new ArrayList<>();
    try (CloseableIterator<String> it =
        NightlyBatchJob.build(
                env, List.of(input.toString()), NightlySettings.of(ZONE, tariff, GRID, null))
            .executeAndCollect()) {
      it.forEachRemaining(lines::add);
    }
    return lines;
  }

  /** The reference has fitted meters with suggestions and both kinds of refusal. */
  private static void assertExercisesEveryPath(List<NightlyBatch.Result> reference) {
    assertThat(reference).filteredOn(r -> r.refused() == null).hasSizeGreaterThan(20);
    assertThat(reference)
        .filteredOn(r -> r.refused() != null && r.refused().contains("at least 10"))
        .hasSizeGreaterThanOrEqualTo(3);
    assertThat(reference)
        .filteredOn(r -> r.refused() != null && r.refused().contains("at least 14 days"))
        .isNotEmpty();
    assertThat(reference).filteredOn(r -> r.refused() != null).hasSize(6);
    assertThat(reference).filteredOn(r -> r.refused() == null && r.dayAhead() == null).hasSize(3);
    assertThat(reference.stream().mapToInt(r -> r.suggestions().size()).sum()).isGreaterThan(60);
  }

  private static Map<String, JsonNode> byMeter(List<String> lines) {
    Map<String, JsonNode> byMeter = new HashMap<>();
    for (String l : lines) {
      JsonNode n = JSON.readTree(l);
      assertThat(byMeter.put(n.get("meter").asString(), n)).as("one line per meter").isNull();
    }
    return byMeter;
  }

  /** The job's lines hold exactly the embedded results, meter by meter, all in the run's site. */
  private static void assertSame(List<String> lines, List<NightlyBatch.Result> reference) {
    assertSame(lines, reference, id -> ZONE, id -> "CNY");
  }

  /**
   * The job's lines hold exactly the embedded results, meter by meter, each in its time zone and
   * currency.
   */
  private static void assertSame(
      List<String> lines,
      List<NightlyBatch.Result> reference,
      java.util.function.Function<String, ZoneId> zoneOf,
      java.util.function.Function<String, String> currencyOf) {
    Map<String, JsonNode> byMeter = byMeter(lines);
    assertThat(byMeter.keySet())
        .containsExactlyInAnyOrderElementsOf(
            reference.stream().map(NightlyBatch.Result::id).toList());
    for (NightlyBatch.Result r : reference) {
      JsonNode n = byMeter.get(r.id());
      if (r.refused() != null) {
        assertThat(n.get("refused").asString()).as(r.id()).isEqualTo(r.refused());
        continue;
      }
      assertThat(n.get("refused").isNull()).as(r.id()).isTrue();
      assertForecast(n.get("dayAhead"), r.dayAhead(), r.id(), zoneOf.apply(r.id()), false);
      assertForecast(n.get("monthAhead"), r.monthAhead(), r.id(), zoneOf.apply(r.id()), true);
      JsonNode s = n.get("suggestions");
      assertThat(s.size()).as(r.id()).isEqualTo(r.suggestions().size());
      for (int i = 0; i < r.suggestions().size(); i++) {
        Suggestion e = r.suggestions().get(i);
        JsonNode j = s.get(i);
        assertThat(j.get("rule").asString()).isEqualTo(e.rule().key());
        assertThat(j.get("kwhPerYear").doubleValue()).isEqualTo(e.kwhPerYear());
        assertThat(j.get("costPerYear").doubleValue()).isEqualTo(e.costPerYear());
        assertThat(j.get("co2KgPerYear").doubleValue()).isEqualTo(e.co2KgPerYear());
        assertThat(j.get("currency").asString()).isEqualTo(currencyOf.apply(r.id()));
      }
    }
  }

  private static void assertForecast(
      JsonNode n, Predictions p, String id, ZoneId zone, boolean days) {
    if (p == null) {
      assertThat(n.isNull()).as(id).isTrue();
      return;
    }
    assertThat(n.size()).as(id).isEqualTo(p.size());
    for (int i = 0; i < p.size(); i++) {
      Instant start = Instant.ofEpochSecond(p.start()[i]);
      JsonNode e = n.get(i);
      assertThat(e.get(days ? "day" : "hour").asString())
          .isEqualTo(days ? start.atZone(zone).toLocalDate().toString() : start.toString());
      if (Double.isNaN(p.predicted()[i])) {
        assertThat(e.get("kwh").isNull()).isTrue();
      } else {
        assertThat(e.get("kwh").doubleValue()).as(id + " " + start).isEqualTo(p.predicted()[i]);
      }
    }
  }

  private static List<String> read(Path output) throws IOException {
    try (Stream<Path> files = Files.walk(output)) {
      return files
          .filter(p -> p.getFileName().toString().startsWith("part-"))
          .flatMap(
              p -> {
                try {
                  return Files.readAllLines(p).stream();
                } catch (IOException e) {
                  throw new UncheckedIOException(e);
                }
              })
          .toList();
    }
  }
}

package org.scopeplus.energy.weather;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.scopeplus.core.energy.WeatherHours;
import org.scopeplus.energy.load.HourlySeries;

/**
 * Site weather as the service reads and matches it: observation CSVs (hour-ending times with an
 * offset, optional columns, refusals naming line and column), a TMY3 file as a typical year, and an
 * hour taking the observation where there is one, else the typical year's local month, day and
 * hour.
 */
class SiteWeatherTest {

  @Test
  void observationsAreReadAsHourStartsInTimeOrder(@TempDir Path dir) throws Exception {
    Path f = dir.resolve("obs.csv");
    Files.writeString(
        f,
        "time,temp_air,ghi,cloud_cover\n"
            + "2024-01-01T02:00+08:00,4.5,,75\n"
            + "2024-01-01T01:00+08:00,5.0,0,100\n");
    WeatherHours w = SiteWeatherFiles.read(f, "obs.csv");
    assertFalse(w.typical());
    // the hour ending 01:00 +08:00 begins at 00:00 +08:00 = 2023-12-31T16:00Z
    assertArrayEquals(
        new long[] {
          Instant.parse("2023-12-31T16:00:00Z").getEpochSecond(),
          Instant.parse("2023-12-31T17:00:00Z").getEpochSecond()
        },
        w.hourStart());
    assertArrayEquals(new double[] {5.0, 4.5}, w.temperature());
    assertEquals(0.0, w.ghi()[0]);
    assertTrue(Double.isNaN(w.ghi()[1]));
    assertTrue(Double.isNaN(w.dni()[0]), "no dni column");
    assertEquals(75.0, w.cloud()[1]);
  }

  /**
   * A CSV is told from a TMY3 or EPW file by its first field, also behind a UTF-8 byte-order mark
   * (which spreadsheets write) and for a gzipped TMY3 file, whose bytes are no text.
   */
  @Test
  void observationsAreToldFromTypicalYearsByTheirFirstField(@TempDir Path dir) throws Exception {
    Path bom = dir.resolve("bom.csv");
    Files.write(
        bom,
        ("\uFEFFtime,temp_air\n2024-01-01T01:00+08:00,5.0\n")
            .getBytes(java.nio.charset.StandardCharsets.UTF_8));
    assertTrue(SiteWeatherFiles.isObservations(bom));
    assertEquals(5.0, SiteWeatherFiles.read(bom, "bom.csv").temperature()[0]);
    Path tmy3 = Path.of("src/test/resources/weather/723170TYA-excerpt.CSV");
    assertFalse(SiteWeatherFiles.isObservations(tmy3));
    Path gz = dir.resolve("tmy3.csv.gz");
    try (var out = new java.util.zip.GZIPOutputStream(Files.newOutputStream(gz))) {
      out.write(Files.readAllBytes(tmy3));
    }
    assertFalse(SiteWeatherFiles.isObservations(gz));
    assertTrue(SiteWeatherFiles.read(gz, "tmy3.csv.gz").typical());
  }

  @Test
  void aBadRowRefusesTheFileNamingLineAndColumn(@TempDir Path dir) throws Exception {
    Path f = dir.resolve("bad.csv");
    Files.writeString(f, "time,temp_air,ghi\n2024-01-01T01:00Z,3,0\n2024-01-01T02:00Z,3,2000\n");
    WeatherFileException e =
        assertThrows(WeatherFileException.class, () -> SiteWeatherFiles.read(f, "bad.csv"));
    assertEquals("bad.csv line 3, ghi: 2000 lies outside 0 to 1500", e.getMessage());
    Files.writeString(f, "time,temp_air\n2024-01-01T01:00Z,3\n2024-01-01T01:00Z,4\n");
    e = assertThrows(WeatherFileException.class, () -> SiteWeatherFiles.read(f, "bad.csv"));
    assertTrue(e.getMessage().startsWith("bad.csv line 3, time:"), e.getMessage());
    Files.writeString(f, "time,temp_air\n2024-01-01T01:30Z,3\n");
    e = assertThrows(WeatherFileException.class, () -> SiteWeatherFiles.read(f, "bad.csv"));
    assertTrue(e.getMessage().contains("not on the hour"), e.getMessage());
    Files.writeString(f, "time,ghi\n2024-01-01T01:00Z,3\n");
    e = assertThrows(WeatherFileException.class, () -> SiteWeatherFiles.read(f, "bad.csv"));
    assertTrue(e.getMessage().contains("no column 'temp_air'"), e.getMessage());
  }

  @Test
  void anHourTakesTheObservationElseTheTypicalYearsSameLocalHour() throws Exception {
    // the Greensboro TMY3 excerpt (UTC-5): its first hour ends 01:00 local on 1 January
    WeatherHours typical =
        SiteWeatherFiles.read(
            Path.of("src/test/resources/weather/723170TYA-excerpt.CSV"), "723170TYA-excerpt.CSV");
    assertTrue(typical.typical());
    assertEquals(-5 * 3600, typical.utcOffsetSeconds());
    WeatherHours none =
        new WeatherHours(
            false,
            0,
            new long[0],
            new double[0],
            new double[0],
            new double[0],
            new double[0],
            new double[0],
            new double[0]);
    // a hypothetical meter year: 2030-01-01 00:00 local (-05:00) is 05:00Z
    long t = Instant.parse("2030-01-01T05:00:00Z").getEpochSecond();
    SiteWeather sw = new SiteWeather(none, typical);
    HourlySeries temp = sw.temperature(t, t + 3600);
    assertEquals(1, temp.size());
    assertEquals(typical.temperature()[0], temp.value(0));
    // an observation for that hour wins
    WeatherHours obs =
        new WeatherHours(
            false,
            0,
            new long[] {t},
            new double[] {-12.5},
            new double[] {0},
            new double[] {0},
            new double[] {0},
            new double[] {1},
            new double[] {Double.NaN});
    assertEquals(-12.5, new SiteWeather(obs, typical).temperature(t, t + 3600).value(0));
  }

  /**
   * The files of a command: a temperature series of 2023 read for a meter of 2024 matches by local
   * month, day and hour in the site's standard time (+08:00: 2024-03-01 00:00 local is
   * 2024-02-29T16:00Z and takes 2023-03-01 00:00 local, 2023-02-28T16:00Z); an hour the series has
   * is taken as it is; a given typical year is the fallback before the series.
   */
  @Test
  void aCommandsTemperatureFileOfAnotherYearIsMatchedByLocalMonthDayAndHour() throws Exception {
    long mar2023 = Instant.parse("2023-02-28T16:00:00Z").getEpochSecond();
    long mar2024 = Instant.parse("2024-02-29T16:00:00Z").getEpochSecond();
    HourlySeries series =
        new HourlySeries(new long[] {mar2023, mar2023 + 3600, mar2024}, new double[] {4, 5, 9});
    SiteWeather sw = SiteWeather.of(series, null, java.time.ZoneOffset.ofHours(8));
    HourlySeries t = sw.temperature(mar2024, mar2024 + 2 * 3600);
    assertEquals(2, t.size());
    assertEquals(9, t.value(0)); // observed
    assertEquals(5, t.value(1)); // 2023-03-01 01:00 local
    // with a typical year given, an hour the series lacks takes the typical year's
    WeatherHours greensboro =
        SiteWeatherFiles.read(
            Path.of("src/test/resources/weather/723170TYA-excerpt.CSV"), "723170TYA-excerpt.CSV");
    WeatherYear tmy =
        WeatherFiles.read(Path.of("src/test/resources/weather/723170TYA-excerpt.CSV"), null);
    long jan2030 = Instant.parse("2030-01-01T05:00:00Z").getEpochSecond();
    SiteWeather withTmy = SiteWeather.of(series, tmy, java.time.ZoneOffset.ofHours(-5));
    assertEquals(
        greensboro.temperature()[0], withTmy.temperature(jan2030, jan2030 + 3600).value(0));
    // no series at all: the typical year alone
    assertEquals(
        greensboro.temperature()[0],
        SiteWeather.of(null, tmy, java.time.ZoneOffset.ofHours(-5))
            .temperature(jan2030, jan2030 + 3600)
            .value(0));
  }
}

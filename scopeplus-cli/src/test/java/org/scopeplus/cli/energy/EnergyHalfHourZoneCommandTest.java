package org.scopeplus.cli.energy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.scopeplus.cli.CommandRun;

/**
 * {@code scopeplus energy backtest} on a meter in Asia/Kolkata (+05:30), whose local hours start at
 * half past the UTC hour, with weather on whole UTC hours. A hand-built series: the weather at UTC
 * hour h is T(h) = 15 + 8 sin(2πh/24) + 6 sin(2πh/173) °C; the meter's hour starting at h + 30 min
 * reads 20 + 0.5 × (T(h) + T(h + 1)) / 2 kWh, linear in the temperature the documented rule gives
 * it (the mean of the two weather hours it overlaps), which the CalTRACK hourly model reproduces
 * exactly.
 */
class EnergyHalfHourZoneCommandTest {

  private static final LocalDateTime START = LocalDateTime.parse("2024-01-01T00:00");

  private static double temperature(long h) {
    return 15 + 8 * Math.sin(2 * Math.PI * h / 24) + 6 * Math.sin(2 * Math.PI * h / 173);
  }

  /** kWh of the meter hour starting 30 minutes after UTC hour h (h counted from START, UTC). */
  private static double kwh(long h) {
    return 20 + 0.5 * (temperature(h) + temperature(h + 1)) / 2;
  }

  @Test
  void aKolkataBacktestPredictsTheLocalHoursAtHalfPastTheUtcHour(@TempDir Path dir)
      throws Exception {
    Path weather = dir.resolve("weather.csv");
    Path meter = dir.resolve("meter.csv");
    List<String> w = new ArrayList<>(List.of("dt,tempC"));
    List<String> m = new ArrayList<>(List.of("timestamp,kwh"));
    int hours = 45 * 24;
    for (long h = -24; h < hours; h++) {
      LocalDateTime utc = START.plusHours(h);
      w.add(utc + "Z," + String.format(Locale.ROOT, "%.9f", temperature(h)));
      // the meter's file in local time, no offset: 06:00 IST is 00:30Z
      LocalDateTime local = utc.plusMinutes(30).plusHours(5).plusMinutes(30);
      if (h >= 0 && h < hours - 1) {
        m.add(local + "," + String.format(Locale.ROOT, "%.9f", kwh(h)));
      }
    }
    Files.write(weather, w);
    Files.write(meter, m);
    Path out = dir.resolve("predicted.csv");
    CommandRun run =
        CommandRun.of(
            "energy",
            "backtest",
            "--meter",
            meter.toString(),
            "--weather",
            weather.toString(),
            "--zone",
            "Asia/Kolkata",
            "--train",
            "2024-01-02/2024-02-01",
            "--predict",
            "2024-02-01/2024-02-08",
            "--model",
            "hourly",
            "--out",
            out.toString());
    assertEquals(0, run.exit(), run.err());
    List<String> lines = Files.readAllLines(out);
    assertEquals("timestamp_utc,predicted_kwh", lines.get(0));
    // 2024-02-01 00:00 IST = 2024-01-31T18:30Z; seven local days of 24 hours
    assertEquals(7 * 24 + 1, lines.size());
    String[] first = lines.get(1).split(",");
    assertEquals("2024-01-31T18:30:00Z", first[0]);
    long h = java.time.Duration.between(START, LocalDateTime.parse("2024-01-31T18:00")).toHours();
    assertEquals(kwh(h), Double.parseDouble(first[1]), 1e-4, lines.get(1));
    assertTrue(run.out().contains("hourly, hours: n 168 hours"), run.out());
  }
}

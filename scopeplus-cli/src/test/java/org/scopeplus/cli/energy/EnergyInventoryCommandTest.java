package org.scopeplus.cli.energy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.function.IntToDoubleFunction;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.scopeplus.cli.CommandRun;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** {@code scopeplus energy inventory}: a site's meters through the inventory engine. */
class EnergyInventoryCommandTest {

  /** January 2024 hour by hour at +08:00, plain timestamp,kwh. */
  static Path meter(Path dir, String name, IntToDoubleFunction v) throws Exception {
    StringBuilder b = new StringBuilder("timestamp,kwh\n");
    LocalDateTime t0 = LocalDateTime.of(2024, 1, 1, 0, 0);
    for (int i = 0; i < 31 * 24; i++) {
      b.append(t0.plusHours(i)).append(":00+08:00,").append(v.applyAsDouble(i)).append('\n');
    }
    Path p = dir.resolve(name);
    Files.writeString(p, b);
    return p;
  }

  @Test
  void bothScope2MethodsWithOwnPvGasAndACertificate(@TempDir Path dir) throws Exception {
    // Load 2 kWh every hour (1,488 kWh); PV 5 kWh in hours 10-13 (4 h a day): 8 kWh a day used
    // on site (248 kWh), 12 a day exported (372, not credited), purchased 1,240 kWh.
    // Location-based: 1,240 kWh x 0.4974 kg/kWh (Zhejiang 2023, MEE and NBS Announcement 2025
    // No. 47, Table 3, the nearest earlier year for 2024) = 616.776 kg.
    // Market-based: 240 kWh covered by GEC-1 at 0; 1,000 kWh x 0.6096 kg/kWh (national 2023
    // excluding market-traded non-fossil electricity, MEE and NBS 2023 factors) = 609.6 kg.
    // Gas 0.5 m3 an hour = 372 m3 x 2.162188809 kg/m3 (CN guideline natural gas) = 804.334 kg.
    Path load = meter(dir, "load.csv", i -> 2);
    Path pv = meter(dir, "pv.csv", i -> i % 24 >= 10 && i % 24 < 14 ? 5 : 0);
    Path gas = meter(dir, "gas.csv", i -> 0.5);
    Path activity = dir.resolve("activity.csv");
    CommandRun run =
        CommandRun.of(
            "energy",
            "inventory",
            "--meter",
            load.toString(),
            "--pv-meter",
            pv.toString(),
            "--gas-meter",
            gas.toString(),
            "--region",
            "CN-ZJ",
            "--year",
            "2024",
            "--zone",
            "Asia/Shanghai",
            "--certificate",
            "GEC-1=240",
            "--activity-out",
            activity.toString(),
            "--format",
            "json");
    assertEquals(0, run.exit(), run.err());
    assertTrue(run.err().contains("purchased 1240.0 kWh"), run.err());
    assertTrue(run.err().contains("exported 372.0 kWh, not credited"), run.err());
    JsonNode totals = JsonMapper.builder().build().readTree(run.out()).get("totals");
    assertEquals(0.616776, totals.get("scope2Location").asDouble(), 1e-6);
    assertEquals(0.6096, totals.get("scope2Market").asDouble(), 1e-6);
    assertEquals(0.804334, totals.get("scope1").asDouble(), 1e-6);
    String csv = Files.readString(activity);
    assertTrue(csv.contains("site-E-2024-01-C1,site,site,2024-01,s2.electricity,240.000,kWh"), csv);
    assertTrue(csv.contains(",GEC-1"), csv);
  }

  @Test
  void absurdInputIsRefused(@TempDir Path dir) throws Exception {
    Path load = meter(dir, "load.csv", i -> 2);
    CommandRun year =
        CommandRun.of(
            "energy", "inventory", "--meter", load.toString(), "--region", "CN", "--year", "0");
    assertEquals(2, year.exit());
    assertTrue(year.err().contains("--year 0"), year.err());
    CommandRun cert =
        CommandRun.of(
            "energy",
            "inventory",
            "--meter",
            load.toString(),
            "--region",
            "CN",
            "--year",
            "2024",
            "--certificate",
            "G=1e300");
    assertEquals(2, cert.exit());
    assertTrue(cert.err().contains("out of range"), cert.err());
    CommandRun none =
        CommandRun.of(
            "energy", "inventory", "--meter", load.toString(), "--region", "CN", "--year", "2022");
    assertEquals(2, none.exit());
    assertTrue(none.err().contains("no reading in 2022"), none.err());
  }
}

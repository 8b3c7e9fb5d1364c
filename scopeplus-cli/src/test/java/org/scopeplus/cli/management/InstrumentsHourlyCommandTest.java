package org.scopeplus.cli.management;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.scopeplus.cli.CommandRun;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** {@code scopeplus instruments share --hourly FILE}, on three hours worked by hand. */
class InstrumentsHourlyCommandTest {

  @TempDir Path dir;

  /**
   * DC-1 (CN-ZJ) uses 100 kWh in each of three hours; solar for CN-ZJ gives 0, 250 and 50 kWh, wind
   * for CN 30 kWh in the first hour. Hourly: 30 + 100 + 50 = 180 of 300 kWh = 60%; annual: 330 kWh
   * of supply meets all 300 = 100%.
   */
  private Path file() throws IOException {
    Path f = dir.resolve("hourly.csv");
    Files.writeString(
        f,
        "hour,side,name,region,kwh\n"
            + "2025-06-01T11:00,consumption,DC-1,CN-ZJ,100\n"
            + "2025-06-01T12:00,consumption,DC-1,CN-ZJ,100\n"
            + "2025-06-01T13:00,consumption,DC-1,CN-ZJ,100\n"
            + "2025-06-01T12:00,supply,solar,CN-ZJ,250\n"
            + "2025-06-01T13:00,supply,solar,CN-ZJ,50\n"
            + "2025-06-01T11:00,supply,wind,CN,30\n");
    return f;
  }

  @Test
  void theHourlyScoreStandsBesideTheAnnualOne() throws IOException {
    CommandRun r =
        CommandRun.of("instruments", "share", "--hourly", file().toString(), "--format", "json");
    assertThat(r.exit()).as(r.err()).isZero();
    JsonNode y = JsonMapper.builder().build().readTree(r.out()).get("years").get(0);
    assertThat(y.get("year").asInt()).isEqualTo(2025);
    assertThat(y.get("consumedKwh").asLong()).isEqualTo(300);
    assertThat(y.get("hourlyMatchedKwh").asLong()).isEqualTo(180);
    assertThat(y.get("hourlyShare").asDouble()).isEqualTo(0.6);
    assertThat(y.get("annualMatchedKwh").asLong()).isEqualTo(300);
    assertThat(y.get("annualShare").asDouble()).isEqualTo(1.0);
    CommandRun t = CommandRun.of("instruments", "share", "--hourly", file().toString());
    assertThat(t.exit()).as(t.err()).isZero();
    assertThat(t.out()).contains("2025").contains("60.0%").contains("100.0%").contains("0.18");
  }

  @Test
  void anHourNotOnTheHourIsRefusedWithItsRowAndColumn() throws IOException {
    Path f = dir.resolve("hourly.csv");
    Files.writeString(
        f, "hour,side,name,region,kwh\n2025-06-01T11:30,consumption,DC-1,CN-ZJ,100\n");
    CommandRun r = CommandRun.of("instruments", "share", "--hourly", f.toString());
    assertThat(r.exit()).isEqualTo(2);
    assertThat(r.err().strip())
        .isEqualTo("hourly.csv, row 2, hour: 2025-06-01T11:30 is not the start of an hour");
    Files.writeString(f, "hour,side,name,region,kwh\n2025-06-01T11:00,demand,DC-1,CN-ZJ,100\n");
    CommandRun s = CommandRun.of("instruments", "share", "--hourly", f.toString());
    assertThat(s.err().strip())
        .isEqualTo("hourly.csv, row 2, side: is consumption or supply, not demand");
  }
}

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

/** {@code scopeplus indicators --data DIR}. */
class IndicatorsCommandTest {

  @TempDir Path dir;

  @Test
  void listsTheValuesWithPueAndWueByHand() throws IOException {
    Files.writeString(
        dir.resolve("indicators.csv"),
        "org_unit,facility,year,month,metric,value\n"
            + "Group/Cloud,DC1,2024,1,it_energy,1000\n"
            + "Group/Cloud,DC1,2024,1,facility_energy,1250\n"
            + "Group/Cloud,DC1,2024,1,water,1800\n"
            + "Group,,2023,,employees,120\n");
    CommandRun r = CommandRun.of("indicators", "--data", dir.toString(), "--year", "2024");
    assertThat(r.exit()).as(r.err()).isZero();
    // PUE = 1250 MWh / 1000 MWh = 1.25; WUE = 1,800,000 L / 1,000,000 kWh = 1.8 L/kWh
    assertThat(r.out())
        .contains("facility_energy")
        .contains("1250.000  MWh")
        .containsPattern("DC1\\s+2024-01\\s+1\\.250\\s+1\\.800")
        .doesNotContain("employees");
  }

  @Test
  void jsonGivesTheValuesAndTheirPueAndWue() throws IOException {
    Files.writeString(
        dir.resolve("indicators.csv"),
        "org_unit,facility,year,month,metric,value\n"
            + "Group/Cloud,DC1,2024,1,it_energy,1000\n"
            + "Group/Cloud,DC1,2024,1,facility_energy,1250\n"
            + "Group/Cloud,DC1,2024,1,water,1800\n");
    CommandRun r = CommandRun.of("indicators", "--data", dir.toString(), "--format", "json");
    assertThat(r.exit()).as(r.err()).isZero();
    JsonNode json = JsonMapper.builder().build().readTree(r.out());
    assertThat(json.get("schema").asString()).isEqualTo("scopeplus.indicators/1");
    assertThat(json.get("values").size()).isEqualTo(3);
    // by hand, as above: PUE 1250 / 1000 = 1.25, WUE 1,800,000 L / 1,000,000 kWh = 1.8 L/kWh
    JsonNode e = json.get("efficiency").get(0);
    assertThat(e.get("facility").asString()).isEqualTo("DC1");
    assertThat(e.get("month").asInt()).isEqualTo(1);
    assertThat(e.get("pue").asDouble()).isEqualTo(1.25);
    assertThat(e.get("wue").asDouble()).isEqualTo(1.8);
    CommandRun wrong = CommandRun.of("indicators", "--data", dir.toString(), "--format", "xml");
    assertThat(wrong.exit()).isEqualTo(2);
    assertThat(wrong.err()).contains("--format").contains("'xml'").contains("table, json");
  }

  @Test
  void aRefusedCellIsNamed() throws IOException {
    Files.writeString(
        dir.resolve("indicators.csv"),
        "org_unit,facility,year,month,metric,value\nGroup,,2024,13,water,1\n");
    CommandRun r = CommandRun.of("indicators", "--data", dir.toString());
    assertThat(r.exit()).isEqualTo(2);
    assertThat(r.err()).contains("indicators.csv, row 2, value: month is 1 to 12");
  }
}

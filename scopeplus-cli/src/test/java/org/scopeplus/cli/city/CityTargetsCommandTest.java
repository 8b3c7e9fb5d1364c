package org.scopeplus.cli.city;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.scopeplus.cli.CommandRun;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * {@code scopeplus city targets}: a targets file measured against a reporting sheet's inventories,
 * checked by hand as {@code CityTargetsChecks} checks the service.
 */
class CityTargetsCommandTest {

  @TempDir Path dir;

  /*
   * By hand: Harbour 2020 BASIC = I.1.1 900 + I.1.2 100 = 1,000 t (BASIC+ adds I.1.3 50 = 1,050
   * t); 2023 BASIC = 700 + 100 = 800 t. -50% by 2030, linear: pathway 2023 = 1,000 - 500 x 3/10 =
   * 850 t; gap 800 - 850 = -50 t, on track in 2023. The posted 2021 (950 t) has no inventory.
   */
  @Test
  void aTargetIsMeasuredAgainstTheSheetsInventoriesAtItsLevel() throws IOException {
    Path sheet = dir.resolve("harbour.csv");
    Files.writeString(
        sheet, "city,year,I.1.1,I.1.2,I.1.3\nHarbour,2020,900,100,50\nHarbour,2023,700,100,\n");
    Path targets = dir.resolve("targets.json");
    Files.writeString(
        targets,
        """
        [{"name": "Halve by 2030", "kind": "absolute", "baseYear": 2020, "targetYear": 2030,
          "value": 0.5, "inventoryCity": "Harbour", "inventoryLevel": "basic",
          "actuals": [{"year": 2021, "grams": 950000000}]},
         {"name": "Halve BASIC+", "kind": "absolute", "baseYear": 2020, "targetYear": 2030,
          "value": 0.5, "inventoryCity": "Harbour", "inventoryLevel": "basic+"}]
        """);
    CommandRun r =
        CommandRun.of(
            "city",
            "targets",
            targets.toString(),
            "--inventory",
            sheet.toString(),
            "--year",
            "2023",
            "--format",
            "json");
    assertThat(r.exit()).as(r.err()).isZero();
    JsonNode doc = JsonMapper.builder().build().readTree(r.out());
    JsonNode years = doc.get("targets").get(0).get("years");
    assertThat(years.get(0).get("actual").asDouble()).isCloseTo(1_000, within(1e-9));
    assertThat(years.get(1).get("actual").asDouble()).isCloseTo(950, within(1e-9));
    assertThat(years.get(3).get("pathway").asDouble()).isCloseTo(850, within(1e-9));
    assertThat(years.get(3).get("gap").asDouble()).isCloseTo(-50, within(1e-9));
    assertThat(doc.get("targets").get(1).get("baseValue").asDouble())
        .isCloseTo(1_050, within(1e-9));

    CommandRun table =
        CommandRun.of(
            "city",
            "targets",
            targets.toString(),
            "--inventory",
            sheet.toString(),
            "--year",
            "2023");
    assertThat(table.exit()).as(table.err()).isZero();
    assertThat(table.out())
        .contains("Halve by 2030 (absolute")
        .containsPattern("2023\\s+850\\.00\\s+800\\.00\\s+-50\\.00");
  }

  @Test
  void aTargetWithoutDataOrWithABadFieldIsRefusedWithItsPlace() throws IOException {
    Path targets = dir.resolve("bad.json");
    Files.writeString(
        targets,
        """
        [{"name": "x", "kind": "absolute", "baseYear": 2020, "targetYear": 2030, "value": 2},
         {"name": "y", "kind": "absolute", "baseYear": 2020, "targetYear": 2030, "value": 0.5,
          "inventoryCity": "Nowhere"}]
        """);
    CommandRun r = CommandRun.of("city", "targets", targets.toString(), "--year", "2023");
    assertThat(r.exit()).isEqualTo(1);
    assertThat(r.err())
        .contains(
            "bad.json target 1: the reduction of an absolute target lies above 0 and at most 1")
        .contains("bad.json target 2 (y):");
    assertThat(CommandRun.of("city", "targets", targets.toString(), "--year", "0").exit())
        .isEqualTo(2);
    Files.writeString(targets, "{not json");
    assertThat(CommandRun.of("city", "targets", targets.toString()).err()).contains("not JSON");
  }
}

package org.scopeplus.cli.inventory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.scopeplus.cli.CommandRun;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * {@code scopeplus inventory FILES --metrics FILE}: the operational indicators the metrics file
 * holds, printed beside the inventory in the table and in the JSON, checked by hand.
 */
class InventoryMetricsIndicatorsCommandTest {

  @TempDir Path dir;
  private Path activity;
  private Path metrics;

  @BeforeEach
  void files() throws IOException {
    activity = dir.resolve("activity.csv");
    Files.writeString(
        activity,
        "record_id,org_unit,facility,period,activity_type,quantity,unit,region\n"
            + "E1,Group/Cloud,DC-1,2025-01,s2.electricity,1000,MWh,CN-ZJ\n");
    metrics = dir.resolve("metrics.csv");
    Files.writeString(
        metrics,
        "year,metric,value,unit,org_unit,facility,month\n"
            + "2025,employees,200,employees,,,\n"
            + "2025,floor_area,10000,m2,,,\n"
            + "2025,electricity,2500,MWh,Group,,\n"
            + "2025,electricity,2000,MWh,Group/Cloud,,\n"
            + "2025,it_energy,1000,MWh,Group/Cloud,DC-1,\n"
            + "2025,facility_energy,1250,MWh,Group/Cloud,DC-1,\n"
            + "2025,water,1800,m3,Group/Cloud,DC-1,\n"
            + "2025,vehicles_bev,30,vehicles,Group/Logistics,,\n"
            + "2025,vehicles_ice,70,vehicles,Group/Logistics,,\n");
  }

  @Test
  void theJsonCarriesTheIndicatorsBesideTheInventory() {
    CommandRun r =
        CommandRun.of(
            "inventory",
            activity.toString(),
            "--metrics",
            metrics.toString(),
            "--format",
            "json",
            "--no-progress");
    assertThat(r.exit()).as(r.err()).isZero();
    JsonNode json = JsonMapper.builder().build().readTree(r.out());
    assertThat(json.get("schema").asString()).isEqualTo("scopeplus.inventory/2");
    JsonNode ind = json.get("operationalIndicators");
    assertThat(ind.get("outsideTheInventoryTotals").asBoolean()).isTrue();
    // PUE = 1,250 / 1,000 MWh = 1.25; WUE = 1,800,000 L / 1,000,000 kWh = 1.8 L/kWh
    JsonNode e = ind.get("efficiency").get(0);
    assertThat(e.get("pue").asDouble()).isCloseTo(1.25, within(1e-12));
    assertThat(e.get("wue").asDouble()).isCloseTo(1.8, within(1e-12));
    // fleet: 30 electric of 30 + 70 = 100 vehicles
    assertThat(ind.get("fleet").get(0).get("share").asDouble()).isCloseTo(0.3, within(1e-12));
    // the company's electricity is its top unit's 2,500 MWh (Group/Cloud's 2,000 is inside it):
    // 2,500,000 kWh / 10,000 m2 = 250 kWh/m2; 2,500 MWh / 200 employees = 12.5 MWh per employee
    JsonNode energy = ind.get("energyIntensity").get(0);
    assertThat(energy.get("year").asInt()).isEqualTo(2025);
    assertThat(energy.get("electricityMwh").asDouble()).isEqualTo(2500.0);
    assertThat(energy.get("kwhPerM2").asDouble()).isCloseTo(250.0, within(1e-9));
    assertThat(energy.get("mwhPerEmployee").asDouble()).isCloseTo(12.5, within(1e-12));
    // the inventory itself is unchanged: 1,000 MWh x 0.4974 t/MWh (Zhejiang 2023) = 497.4 t
    assertThat(json.get("totals").get("scope2Location").asDouble()).isEqualTo(497.4);
  }

  @Test
  void theTableShowsThemAfterTheInventory() {
    CommandRun r =
        CommandRun.of(
            "inventory", activity.toString(), "--metrics", metrics.toString(), "--no-progress");
    assertThat(r.exit()).as(r.err()).isZero();
    String out = r.out();
    assertThat(out)
        .contains("Operational indicators (from the metrics file, outside the inventory's totals)");
    String after = out.substring(out.indexOf("Operational indicators"));
    assertThat(after).contains("1.250").contains("1.800").contains("30.0%");
    assertThat(after).contains("2,500.000").contains("250.000").contains("12.5000");
  }

  @Test
  void metricsWithoutOperationalRowsPrintNoIndicators() throws IOException {
    Files.writeString(metrics, "year,metric,value,unit\n2025,revenue,1000,million CNY\n");
    CommandRun r =
        CommandRun.of(
            "inventory", activity.toString(), "--metrics", metrics.toString(), "--no-progress");
    assertThat(r.exit()).as(r.err()).isZero();
    assertThat(r.out()).doesNotContain("Operational indicators");
    CommandRun j =
        CommandRun.of(
            "inventory",
            activity.toString(),
            "--metrics",
            metrics.toString(),
            "--format",
            "json",
            "--no-progress");
    assertThat(JsonMapper.builder().build().readTree(j.out()).has("operationalIndicators"))
        .isFalse();
  }
}

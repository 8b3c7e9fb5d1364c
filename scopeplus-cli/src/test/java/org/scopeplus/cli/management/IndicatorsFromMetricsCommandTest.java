package org.scopeplus.cli.management;

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
 * PUE, WUE, the fleet-electrification share and the CO2 recovered heat avoids, from an inventory's
 * metrics file ({@code metrics.csv}), checked by hand.
 */
class IndicatorsFromMetricsCommandTest {

  @TempDir Path dir;

  private static final String HEADER = "year,metric,value,unit,org_unit,facility,month\n";

  private void metrics(String rows) throws IOException {
    Files.writeString(dir.resolve("metrics.csv"), HEADER + rows);
  }

  private JsonNode indicators() {
    CommandRun r = CommandRun.of("indicators", "--data", dir.toString(), "--format", "json");
    assertThat(r.exit()).as(r.err()).isZero();
    return JsonMapper.builder().build().readTree(r.out());
  }

  private String refused() {
    CommandRun r = CommandRun.of("indicators", "--data", dir.toString());
    assertThat(r.exit()).isEqualTo(2);
    return r.err().strip();
  }

  @Test
  void indicatorsComeFromTheMetricsFile() throws IOException {
    metrics(
        "2025,revenue,1000,million CNY,,,\n"
            + "2025,it_energy,1000000,kWh,Group/Cloud,DC-1,\n"
            + "2025,facility_energy,1250,MWh,Group/Cloud,DC-1,\n"
            + "2025,water,1800,m3,Group/Cloud,DC-1,\n"
            + "2025,vehicles_bev,30,vehicles,Group/Logistics,,\n"
            + "2025,vehicles_fcev,10,vehicles,Group/Logistics,,\n"
            + "2025,vehicles_phev,20,vehicles,Group/Logistics,,\n"
            + "2025,vehicles_ice,140,,Group/Logistics,,\n"
            + "2025,waste_heat_recovered,8141000,kWh,Group/Cloud,DC-1,\n"
            + "2025,waste_heat_recovered,24,tce,Group/Farm,GH-1,\n");
    JsonNode out = indicators();
    // PUE = 1,250 MWh / 1,000 MWh = 1.25; WUE = 1,800,000 L / 1,000,000 kWh = 1.8 L/kWh
    JsonNode e = out.get("efficiency").get(0);
    assertThat(e.get("facility").asString()).isEqualTo("DC-1");
    assertThat(e.get("pue").asDouble()).isCloseTo(1.25, within(1e-12));
    assertThat(e.get("wue").asDouble()).isCloseTo(1.8, within(1e-12));
    // electric = BEV + FCEV = 40 of 30 + 10 + 20 + 140 = 200 vehicles: 0.2 (a PHEV is not)
    JsonNode fleet = out.get("fleet").get(0);
    assertThat(fleet.get("vehicles").asDouble()).isEqualTo(200);
    assertThat(fleet.get("electric").asDouble()).isEqualTo(40);
    assertThat(fleet.get("share").asDouble()).isCloseTo(0.2, within(1e-12));
    // 8,141,000 kWh x 3.6 MJ = 29,307.6 GJ = 1,000 tce (29.3076 GJ/tce) -> x 2.664 = 2,664 t CO2;
    // the greenhouse's 24 tce -> 63.936 t CO2; both outside the inventory
    JsonNode avoided = out.get("avoidedEmissions");
    assertThat(avoided.get("reportedOutsideTheInventory").asBoolean()).isTrue();
    JsonNode heat = avoided.get("measures");
    assertThat(heat.get(0).get("heatRecoveredTce").asDouble()).isCloseTo(1000, within(1e-9));
    assertThat(heat.get(0).get("avoidedTonnesCo2").asDouble()).isCloseTo(2664, within(1e-9));
    assertThat(heat.get(1).get("avoidedTonnesCo2").asDouble()).isCloseTo(63.936, within(1e-9));
  }

  @Test
  void aFleetTargetTakesItsActualsFromTheMetricsFile() throws IOException {
    metrics(
        "2020,vehicles_bev,10,vehicles,Group/Logistics,,\n"
            + "2020,vehicles_ice,90,vehicles,Group/Logistics,,\n"
            + "2022,vehicles_bev,30,vehicles,Group/Logistics,,\n"
            + "2022,vehicles_ice,70,vehicles,Group/Logistics,,\n");
    Files.writeString(
        dir.resolve("targets.csv"),
        "id,name,kind,org_unit,base_year,target_year,target_value\n"
            + "F1,Fleet half electric by 2025,fleet-electrification,Group/Logistics,2020,2025,0.5\n");
    CommandRun r =
        CommandRun.of(
            "targets", "progress", "--data", dir.toString(), "--year", "2022", "--format", "json");
    assertThat(r.exit()).as(r.err()).isZero();
    JsonNode t = JsonMapper.builder().build().readTree(r.out()).get("targets").get(0);
    // 10/100 in 2020, 30/100 in 2022; pathway 0.1 + 0.4 x 2/5 = 0.26 in 2022, so 0.04 ahead
    assertThat(t.get("baseValue").asDouble()).isCloseTo(0.1, within(1e-12));
    for (JsonNode y : t.get("years")) {
      if (y.get("year").asInt() == 2022) {
        assertThat(y.get("actual").asDouble()).isCloseTo(0.3, within(1e-12));
        assertThat(y.get("pathway").asDouble()).isCloseTo(0.26, within(1e-12));
      }
    }
  }

  @Test
  void refusalsNameTheRowAndColumn() throws IOException {
    metrics("2025,it_energy,1000,GJ,Group/Cloud,DC-1,\n");
    assertThat(refused())
        .isEqualTo("metrics.csv, row 2, unit: it_energy is given in gwh or kwh or mwh, not 'GJ'");
    metrics("2025,water,10,m3,,DC-1,\n");
    assertThat(refused())
        .isEqualTo("metrics.csv, row 2, org_unit: water belongs to an org unit: name it here");
    metrics("2025,vehicles_bev,2.5,vehicles,G,,\n");
    assertThat(refused())
        .isEqualTo(
            "metrics.csv, row 2, value: vehicles_bev is a whole number of vehicles from 0 to"
                + " 1,000,000,000, not 2.5");
    metrics("2025,water,10,m3,G,,\n2025,water,12,m3,G,,\n");
    assertThat(refused())
        .isEqualTo(
            "metrics.csv, row 3, metric: water of this org unit, facility and period is given"
                + " already on row 2");
    metrics("2025,water,1e300,m3,G,,\n");
    assertThat(refused())
        .isEqualTo("metrics.csv, row 2, value: water is 0 to 1e15 m3, not 1.0E300");
    metrics("2025,vehicles_diesel,3,vehicles,G,,\n");
    assertThat(refused())
        .startsWith("metrics.csv, row 2, metric: metric 'vehicles_diesel' is not one of revenue");
  }
}

package org.scopeplus.cli.management;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.scopeplus.cli.CommandRun;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * {@code scopeplus targets progress --demo} and {@code scopeplus credits claim --demo} end to end.
 */
class ManagementCommandTest {

  @Test
  void theDemoHasFiveTargetsSomeOnTrackAndSomeOff() {
    CommandRun r = CommandRun.of("targets", "progress", "--demo", "--format", "json");
    assertThat(r.exit()).as(r.err()).isZero();
    JsonNode json = JsonMapper.builder().build().readTree(r.out());
    assertThat(json.get("schema").asString()).isEqualTo("scopeplus.targets/1");
    Map<String, String> status = new HashMap<>();
    for (JsonNode t : json.get("targets")) {
      status.put(t.get("target").get("id").asString(), t.get("status").asString());
      assertThat(t.get("years").size()).isGreaterThanOrEqualTo(11);
    }
    assertThat(status)
        .containsEntry("KG-T1", "OFF_TRACK")
        .containsEntry("KG-T2", "OFF_TRACK")
        .containsEntry("KG-T3", "OFF_TRACK")
        .containsEntry("KG-T4", "ON_TRACK")
        .containsEntry("KG-T5", "ON_TRACK");
    // the 2020 Scope 3 intensity is the published baseline's, 8.22 t per million RMB (Alibaba
    // Group, Carbon Neutrality Action Report, 2021), as the demo is calibrated to it
    JsonNode intensity = json.get("targets").get(1);
    assertThat(intensity.get("baseValue").asDouble()).isBetween(8.14, 8.30);
    assertThat(intensity.get("targetLevel").asDouble())
        .isEqualTo(intensity.get("baseValue").asDouble() * 0.5);
  }

  @Test
  void theTableNamesEachVerdictWithItsProjection() {
    CommandRun r = CommandRun.of("targets", "progress", "--demo", "--year", "2024");
    assertThat(r.exit()).as(r.err()).isZero();
    assertThat(r.out())
        .contains("progress with the actual years up to 2024")
        .contains("KG-T4  Cloud 100% renewable electricity by 2030")
        .contains("projection to 2030")
        .contains("=> On track")
        .contains("=> Off track");
    assertThat(CommandRun.of("targets", "progress", "--demo", "--year", "2019").exit())
        .isEqualTo(2);
  }

  @Test
  void besideTheTargetsTheDemoShowsItsPueItsHeatRecoveryAndAClaimThatDoesNotHold() {
    CommandRun r = CommandRun.of("targets", "progress", "--demo");
    assertThat(r.exit()).as(r.err()).isZero();
    // PUE falls from 1.28 to 1.13 (DemoManagement.PUE); 55,000 tce x 2.664 t CO2/tce = 146,520 t
    assertThat(r.out())
        .contains("  data-centre PUE: 2020 1.28 2021 1.25 2022 1.22 2023 1.19 2024 1.16 2025 1.13")
        .contains(
            "  heat recovered at DC-Ulanqab in 2025: 55,000 tce, 146,520 t CO2 avoided (outside the"
                + " inventory, never netted)")
        .contains(
            "  neutrality claim 2025, Scopes 1+2 (market-based): carbon neutral does not hold, net"
                + " zero does not hold")
        .contains(
            "    - carbon neutrality does not hold: the 416,000 t of credits retired for 2025");
  }

  @Test
  void theDemosNeutralityClaimFor2025DoesNotHoldAndSaysWhy() {
    CommandRun r =
        CommandRun.of("credits", "claim", "--demo", "--year", "2025", "--format", "json");
    assertThat(r.exit()).as(r.err()).isZero();
    JsonNode claim = JsonMapper.builder().build().readTree(r.out()).get("claim");
    assertThat(claim.get("carbonNeutral").asBoolean()).isFalse();
    assertThat(claim.get("netZero").asBoolean()).isFalse();
    // retired for 2025: 250,000 t offsets; 150,000 t nature-based and 16,000 t technological
    // removals (the demo's ledger)
    assertThat(claim.get("offsetTonnes").asLong()).isEqualTo(250_000);
    assertThat(claim.get("removalTonnes").asLong()).isEqualTo(166_000);
    assertThat(claim.get("reasons").get(0).asString())
        .startsWith("carbon neutrality does not hold: the 416,000 t of credits retired for 2025");
  }

  /**
   * The demo cloud unit's share by month adds up to the year's share: the year is its months'
   * covered kWh over their consumed kWh, recomputed here from the monthly rows.
   */
  @Test
  void theRenewableShareByMonthAddsUpToTheYear() {
    CommandRun r =
        CommandRun.of(
            "instruments",
            "share",
            "--demo",
            "--unit",
            "Kestrel/Cloud",
            "--year",
            "2025",
            "--format",
            "json");
    assertThat(r.exit()).as(r.err()).isZero();
    JsonNode json = JsonMapper.builder().build().readTree(r.out());
    assertThat(json.get("schema").asString()).isEqualTo("scopeplus.renewable-share/1");
    assertThat(json.get("months").size()).isEqualTo(12);
    long consumed = 0;
    long renewable = 0;
    for (JsonNode m : json.get("months")) {
      assertThat(m.get("month").asString()).startsWith("2025-");
      assertThat(m.get("renewableKwh").asLong()).isLessThanOrEqualTo(m.get("consumedKwh").asLong());
      consumed += m.get("consumedKwh").asLong();
      renewable += m.get("renewableKwh").asLong();
    }
    assertThat(consumed).isPositive();
    assertThat(json.get("years").get("2025").asDouble()).isEqualTo((double) renewable / consumed);

    CommandRun table = CommandRun.of("instruments", "share", "--demo", "--year", "2025");
    assertThat(table.exit()).as(table.err()).isZero();
    assertThat(table.out()).contains("2025-12").contains("2025: ");
    CommandRun unknown = CommandRun.of("instruments", "share", "--demo", "--unit", "Nowhere");
    assertThat(unknown.exit()).isEqualTo(2);
    assertThat(unknown.err()).contains("no electricity is recorded for the org unit Nowhere");
  }
}

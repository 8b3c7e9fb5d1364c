package org.scopeplus.cli.inventory;

import static org.assertj.core.api.Assertions.assertThat;

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
 * {@code scopeplus inventory FILES --instruments DIR}: market-based Scope 2 of a file run through
 * the instrument registry and the market-based hierarchy (GHG Protocol Scope 2 Guidance, table
 * 6.3), worked by hand.
 *
 * <p>The electricity: DC-1 in January 2025, two records of 600 and 400 MWh; DC-2 in January, 1,000
 * MWh; all in Zhejiang with the supplier's own rate of 500 kg CO2e/MWh, which the hierarchy takes
 * after the instruments. E1 and E3 both name the certificate GEC-1 in their free-text instrument
 * column, the double claim the legacy path lets through. The registry holds one 2025 wind GEC of
 * 300 MWh (serials 1-300).
 */
class InventoryInstrumentsCommandTest {

  @TempDir Path dir;
  private Path activity;
  private Path registry;

  @BeforeEach
  void files() throws IOException {
    activity = dir.resolve("activity.csv");
    Files.writeString(
        activity,
        "record_id,org_unit,facility,period,activity_type,quantity,unit,region,"
            + "supplier_factor_kg_co2e,supplier_factor_unit,instrument\n"
            + "E1,Group/Cloud,DC-1,2025-01,s2.electricity,600,MWh,CN-ZJ,500,MWh,GEC-1\n"
            + "E2,Group/Cloud,DC-1,2025-01,s2.electricity,400,MWh,CN-ZJ,500,MWh,\n"
            + "E3,Group/Cloud,DC-2,2025-01,s2.electricity,1000,MWh,CN-ZJ,500,MWh,GEC-1\n");
    registry = Files.createDirectory(dir.resolve("registry"));
    Files.writeString(
        registry.resolve("instruments.csv"),
        "id,kind,serial_block,serial_first,serial_last,mwh,technology,generated_from,"
            + "generated_to,market,registry,kg_co2e_per_mwh\n"
            + "G1,gec,GEC-2025-ZJ,1,300,300,wind,2025-01,2025-12,CN,China GEC,0\n");
  }

  private static JsonNode totals(CommandRun r) {
    assertThat(r.exit()).as(r.err()).isZero();
    return JsonMapper.builder().build().readTree(r.out()).get("totals");
  }

  @Test
  void withoutARegistryTheFreeTextColumnZeroesBothRecordsAndSaysItIsTheLegacyPath() {
    CommandRun r =
        CommandRun.of("inventory", activity.toString(), "--format", "json", "--no-progress");
    // E1 and E3 count at zero on their word; E2: 400 MWh x 500 kg/MWh = 200 t
    assertThat(totals(r).get("scope2Market").asDouble()).isEqualTo(200.0);
    assertThat(r.err())
        .contains("activity.csv has an instrument column, the legacy path")
        .contains("--instruments DIR");
  }

  @Test
  void theRegistryCoversOnlyWhatItAllocatedAndTheRestTakesTheSuppliersRate() throws IOException {
    Files.writeString(
        registry.resolve("allocations.csv"),
        "instrument_id,facility,month,mwh\nG1,DC-1,2025-01,300\n");
    CommandRun r =
        CommandRun.of(
            "inventory",
            activity.toString(),
            "--instruments",
            registry.toString(),
            "--format",
            "json",
            "--no-progress");
    JsonNode totals = totals(r);
    // DC-1's month: 300 of 1,000 MWh covered at 0, so each record keeps 70% at 500 kg/MWh:
    // E1 600 x 0.7 x 0.5 = 210 t, E2 400 x 0.7 x 0.5 = 140 t; E3 names GEC-1 but the registry
    // allocated nothing to DC-2: 1,000 x 0.5 = 500 t. Together (2,000 - 300) x 0.5 = 850 t.
    assertThat(totals.get("scope2Market").asDouble()).isEqualTo(850.0);
    // location-based is not touched by instruments: 2,000 MWh x 0.4974 t/MWh (Zhejiang 2023, MEE &
    // NBS Announcement 2025 No. 47) = 994.8 t
    assertThat(totals.get("scope2Location").asDouble()).isEqualTo(994.8);
    assertThat(r.err()).doesNotContain("legacy path");
  }

  @Test
  void withoutAllocationsTheFirstFitRuleGivesTheCertificateToTheFirstLine() {
    // first fit (docs/management.md): lines by month, then facility: DC-1 before DC-2, so the
    // same 300 MWh go to DC-1 and the total is again (2,000 - 300) x 0.5 = 850 t
    CommandRun r =
        CommandRun.of(
            "inventory",
            activity.toString(),
            "--instruments",
            registry.toString(),
            "--format",
            "json",
            "--no-progress");
    assertThat(totals(r).get("scope2Market").asDouble()).isEqualTo(850.0);
  }

  @Test
  void aClaimBeyondTheCertificateIsRefusedAndNoInventoryIsPrinted() throws IOException {
    Files.writeString(
        registry.resolve("allocations.csv"),
        "instrument_id,facility,month,mwh\nG1,DC-1,2025-01,400\n");
    CommandRun r =
        CommandRun.of(
            "inventory",
            activity.toString(),
            "--instruments",
            registry.toString(),
            "--no-progress");
    assertThat(r.exit()).isEqualTo(InventoryCommand.EXIT_PROBLEMS);
    assertThat(r.out()).isEmpty();
    assertThat(r.err())
        .contains(
            "allocations.csv, row 2, mwh: instrument G1 has 300 MWh left; 400 MWh cannot be"
                + " claimed: a MWh is claimed once (Scope 2 Quality Criterion 2)");
  }

  @Test
  void electricityNotByCalendarMonthIsRefusedWithItsFileAndRow() throws IOException {
    Files.writeString(
        activity,
        "record_id,org_unit,facility,period,activity_type,quantity,unit,region\n"
            + "E1,Group/Cloud,DC-1,2025,s2.electricity,1000,MWh,CN-ZJ\n");
    CommandRun r =
        CommandRun.of(
            "inventory",
            activity.toString(),
            "--instruments",
            registry.toString(),
            "--no-progress");
    assertThat(r.exit()).isEqualTo(InventoryCommand.EXIT_PROBLEMS);
    assertThat(r.err())
        .contains(
            "activity.csv, row 2, period: instruments are allocated to a facility's month: give"
                + " electricity by calendar month (e.g. 2025-03), not 2025");
  }
}

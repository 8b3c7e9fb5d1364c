package org.scopeplus.cli.disclosure;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.scopeplus.cli.CommandRun;
import org.scopeplus.core.gas.GwpSet;
import org.scopeplus.core.org.ConsolidationApproach;
import org.scopeplus.io.builtin.BuiltInReferenceData;
import org.scopeplus.io.demo.DemoDataset;
import org.scopeplus.io.demo.DemoInstruments;
import org.scopeplus.io.run.InventoryOutcome;
import org.scopeplus.io.run.InventoryRequest;
import org.scopeplus.io.run.ParallelInventoryJob;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * {@code scopeplus report FILES --instruments DIR} and {@code report --demo}: the report's
 * market-based Scope 2 applies the instrument registry as {@code inventory --instruments} and
 * {@code demo} do.
 */
class ReportInstrumentsCommandTest {

  @TempDir Path dir;

  private JsonNode totals(String... args) throws Exception {
    CommandRun r = CommandRun.of(args);
    assertThat(r.exit()).as(r.err()).isZero();
    return JsonMapper.builder()
        .build()
        .readTree(Files.readAllBytes(dir.resolve("report.json")))
        .get("totals");
  }

  @Test
  void theReportOfFilesAppliesTheFoldersRegistry() throws Exception {
    Path activity = dir.resolve("activity.csv");
    Files.writeString(
        activity,
        "record_id,org_unit,facility,period,activity_type,quantity,unit,region,"
            + "supplier_factor_kg_co2e,supplier_factor_unit,instrument\n"
            + "E1,Group,DC-1,2025-01,s2.electricity,600,MWh,CN-ZJ,500,MWh,GEC-1\n"
            + "E2,Group,DC-1,2025-01,s2.electricity,400,MWh,CN-ZJ,500,MWh,\n"
            + "E3,Group,DC-2,2025-01,s2.electricity,1000,MWh,CN-ZJ,500,MWh,GEC-1\n");
    Path registry = Files.createDirectory(dir.resolve("registry"));
    Files.writeString(
        registry.resolve("instruments.csv"),
        "id,kind,serial_block,serial_first,serial_last,mwh,technology,generated_from,"
            + "generated_to,market,registry,kg_co2e_per_mwh\n"
            + "G1,gec,GEC-2025-ZJ,1,300,300,wind,2025-01,2025-12,CN,China GEC,0\n");
    String out = dir.resolve("report.json").toString();
    // by hand: (2,000 - 300 MWh) x 0.5 t/MWh = 850 t
    JsonNode withRegistry =
        totals(
            "report",
            activity.toString(),
            "--instruments",
            registry.toString(),
            "--year",
            "2025",
            "--format",
            "json",
            "--out",
            out);
    assertThat(withRegistry.get("scope2Market").decimalValue()).isEqualByComparingTo("850");
    // without it the free-text column zeroes E1 and E3: 400 x 0.5 = 200 t
    JsonNode without =
        totals("report", activity.toString(), "--year", "2025", "--format", "json", "--out", out);
    assertThat(without.get("scope2Market").decimalValue()).isEqualByComparingTo("200");
  }

  @Test
  void aRefusedRegistryGivesNoReport() throws Exception {
    Path activity = dir.resolve("activity.csv");
    Files.writeString(
        activity,
        "record_id,org_unit,facility,period,activity_type,quantity,unit,region\n"
            + "E1,Group,DC-1,2025-01,s2.electricity,1000,MWh,CN-ZJ\n");
    Path registry = Files.createDirectory(dir.resolve("registry"));
    Files.writeString(
        registry.resolve("instruments.csv"),
        "id,kind,serial_block,serial_first,serial_last,mwh,technology,generated_from,"
            + "generated_to,market,registry,kg_co2e_per_mwh\n"
            + "G1,gec,GEC-2025-ZJ,1,300,1e300,wind,2025-01,2025-12,CN,China GEC,0\n");
    Path out = dir.resolve("report.json");
    CommandRun r =
        CommandRun.of(
            "report",
            activity.toString(),
            "--instruments",
            registry.toString(),
            "--year",
            "2025",
            "--format",
            "json",
            "--out",
            out.toString());
    assertThat(r.exit()).isEqualTo(1);
    assertThat(r.err()).contains("instruments.csv, row 2, mwh:");
    assertThat(out).doesNotExist();
  }

  @Test
  void theDemosReportHasTheMarketBasedScope2OfTheDemosRegistry() throws Exception {
    Path files = Files.createDirectory(dir.resolve("demo"));
    DemoDataset.DemoFiles f = DemoDataset.extract(files);
    InventoryOutcome file =
        new ParallelInventoryJob(BuiltInReferenceData.load(), 1)
            .run(
                new InventoryRequest(
                        List.of(f.activity()),
                        List.of(),
                        f.org(),
                        f.metrics(),
                        GwpSet.DEFAULT,
                        ConsolidationApproach.OPERATIONAL_CONTROL,
                        2025,
                        false)
                    .withClaims(DemoInstruments.registry(f.activity()).claims()),
                done -> {});
    assertThat(file.ok()).as(String.valueOf(file.problems())).isTrue();
    JsonNode report =
        totals(
            "report",
            "--demo",
            "--year",
            "2025",
            "--format",
            "json",
            "--out",
            dir.resolve("report.json").toString());
    assertThat(report.get("scope2Market").decimalValue())
        .isEqualByComparingTo(
            java.math.BigDecimal.valueOf(file.inventory().totals().scope2Market(), 6));
  }
}

package org.scopeplus.cli.inventory;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.scopeplus.cli.CommandRun;
import tools.jackson.databind.json.JsonMapper;

/**
 * US sites named by state (docs/catalog.md, "US states and eGRID subregions"): a state whose ZIP
 * codes all lie in one eGRID subregion (EPA Power Profiler's ZIP code lookup) takes that
 * subregion's factor; a state over several is refused for electricity with the subregions named; an
 * explicit subregion code works as before.
 */
class UsStateInventoryCommandTest {

  @TempDir Path dir;

  private static final String HEADER =
      "record_id,org_unit,facility,period,activity_type,quantity,unit,region\n";

  private CommandRun inventory(String name, String rows) throws Exception {
    Path file = dir.resolve(name);
    Files.writeString(file, HEADER + rows);
    return CommandRun.of("inventory", file.toString(), "--format", "json", "--no-progress");
  }

  private static double co2Tonnes(CommandRun r) {
    assertThat(r.exit()).as(r.err()).isZero();
    return JsonMapper.builder()
        .build()
        .readTree(r.out())
        .get("byGas")
        .get("CO2")
        .get("massTonnes")
        .asDouble();
  }

  @Test
  void connecticutLiesWhollyInNeweAndTakesItsFactor() throws Exception {
    CommandRun r =
        inventory("ct.csv", "E1,Group/Office,Hartford,2022,s2.electricity,1000,MWh,US-CT\n");
    // every Connecticut ZIP code of the lookup lists NEWE only. Hub 2024, Table 6, NEWE
    // (eGRID2022): 536.428 lb CO2 per MWh; 1,000 MWh x 536.428 lb x 0.45359237 kg/lb =
    // 243,319.648 kg CO2
    assertThat(co2Tonnes(r)).isEqualTo(243.319648);
  }

  @Test
  void texasSpansFourSubregionsAndAnElectricityRecordThereIsRefused() throws Exception {
    CommandRun r =
        inventory(
            "tx.csv",
            "E1,Group/Plant,Austin,2022,s2.electricity,1000,MWh,US-TX\n"
                + "F1,Group/Fleet,Austin,2022,s1.mobile.us.fuel.diesel,1000,gallons,US-TX\n");
    assertThat(r.exit()).isEqualTo(1);
    // Texas ZIP codes list AZNM (El Paso), ERCT, SPSO (the Panhandle) and SRMV (the east)
    assertThat(r.err())
        .contains("No inventory was produced: 1 problem in the input.")
        .contains(
            "tx.csv:2 [region]: region 'US-TX' spans several eGRID subregions (US-AZNM, US-ERCT,"
                + " US-SPSO, US-SRMV); give the code of the site's subregion instead, e.g. US-AZNM")
        // the diesel of the same state is no grid record: it is not refused
        .doesNotContain("tx.csv:3");
  }

  @Test
  void anExplicitSubregionCodeStillWorks() throws Exception {
    CommandRun r =
        inventory("erct.csv", "E1,Group/Plant,Austin,2022,s2.electricity,1000,MWh,US-ERCT\n");
    // Hub 2024, Table 6, ERCT: 771.083 lb CO2 per MWh x 1,000 x 0.45359237 = 349,757.365 kg
    assertThat(co2Tonnes(r)).isEqualTo(349.757365);
  }
}

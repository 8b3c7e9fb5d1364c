package org.scopeplus.cli.inventory;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.scopeplus.cli.CommandRun;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * A US company's activity file in US units through {@code scopeplus inventory}: electricity in an
 * eGRID subregion, mobile diesel in gallons and waste in short tons take the US EPA GHG Emission
 * Factors Hub rows, each flagged as a reprint.
 */
class EpaHubInventoryCommandTest {

  @TempDir Path dir;

  @Test
  void aUsFileInUsUnitsTakesTheHubsRowsAndNamesTheVintageItUsed() throws Exception {
    Path file = dir.resolve("us-2022.csv");
    Files.writeString(
        file,
        "record_id,org_unit,facility,period,activity_type,quantity,unit,region\n"
            + "E1,Group/Plant,Austin,2022,s2.electricity,1000,MWh,US-ERCT\n"
            + "F1,Group/Fleet,Austin,2022,s1.mobile.us.fuel.diesel,1000,gallons,US\n"
            + "W1,Group/Plant,Austin,2022,s3.c5.us.waste.mixed_msw.landfilled,10,short tons,US\n");
    CommandRun r = CommandRun.of("inventory", file.toString(), "--format", "json", "--no-progress");
    assertThat(r.exit()).as(r.err()).isZero();
    JsonNode json = JsonMapper.builder().build().readTree(r.out());
    JsonNode plant = json.get("byOrgUnit").get("Group/Plant");
    // Hub 2022, Table 6, ERCT (eGRID2020, the latest vintage before 2022): 0.371315 kg CO2,
    // 0.000024 kg CH4, 0.000003 kg N2O per kWh. By hand with the run's GWPs: 1,000,000 kWh x
    // 0.371315 = 371.315 t CO2; CH4 24 kg and N2O 3 kg follow in CO2e
    // with the diesel's 10.21 t below, the run's CO2 mass is 381.525 t
    assertThat(json.get("byGas").get("CO2").get("massTonnes").asDouble()).isEqualTo(381.525);
    // Hub 2022, Table 2, Diesel Fuel: 10.21 kg CO2 per gallon x 1,000 gallons = 10.21 t
    assertThat(json.get("byOrgUnit").get("Group/Fleet").get("scope1").asDouble()).isEqualTo(10.21);
    // Hub 2022, Table 9, Mixed MSW - Landfilled: 0.52 t CO2e per short ton x 10 = 5.2 t
    assertThat(plant.get("scope3").asDouble()).isEqualTo(5.2);
    assertThat(json.get("factorYearWarnings").toString())
        .contains("epa.hub2022.table6.erct")
        .contains("nearest earlier year");
    assertThat(json.get("weakFactors").toString()).contains("epa.hub2022.table2.diesel");
  }
}

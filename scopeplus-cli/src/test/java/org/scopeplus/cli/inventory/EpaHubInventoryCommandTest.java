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
 * Factors Hub rows of the edition of the record's year: the 2022 edition's rows flagged as a
 * reprint unless EPA's 2023 workbook shows the same value unchanged since 2022 (then corroborated,
 * not flagged), the 2024 and 2025 editions' rows (read in EPA's own workbooks) not flagged.
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
            + "W1,Group/Plant,Austin,2022,s3.c5.us.waste.mixed_msw.landfilled,10,short tons,US\n"
            + "B1,Group/Buses,Austin,2022,s1.mobile.us.onroad.cng_buses,1000,mi,US\n");
    CommandRun r = CommandRun.of("inventory", file.toString(), "--format", "json", "--no-progress");
    assertThat(r.exit()).as(r.err()).isZero();
    JsonNode json = JsonMapper.builder().build().readTree(r.out());
    JsonNode plant = json.get("byOrgUnit").get("Group/Plant");
    // Hub 2024, Table 6, ERCT (eGRID2022, data year 2022): 771.083 lb CO2 per MWh. By hand:
    // 1,000 MWh x 771.083 lb x 0.45359237 kg/lb = 349,757.365 kg CO2 (349,757,365 g); with the
    // diesel's 10.21 t below, the run's CO2 mass is 359.967365 t
    assertThat(json.get("byGas").get("CO2").get("massTonnes").asDouble()).isEqualTo(359.967365);
    // Hub 2022, Table 2, Diesel Fuel: 10.21 kg CO2 per gallon x 1,000 gallons = 10.21 t
    assertThat(json.get("byOrgUnit").get("Group/Fleet").get("scope1").asDouble()).isEqualTo(10.21);
    // Hub 2022, Table 9, Mixed MSW - Landfilled: 0.52 t CO2e per short ton x 10 = 5.2 t
    assertThat(plant.get("scope3").asDouble()).isEqualTo(5.2);
    // the 2022 record finds a Table 6 row of its own year: no vintage warning for it
    assertThat(json.get("factorYearWarnings").toString()).doesNotContain("table6.erct");
    // Hub 2022, Table 4, CNG Buses (OEFDB transcription): 10 g CH4 per mile; EPA's 2023 workbook
    // marks its 2.787 g as an update, so the 2022 figure has no second source and stays flagged.
    // The 2022 diesel row is corroborated: the 2023 workbook prints 10.21 (cell D103) unmarked.
    assertThat(json.get("weakFactors").toString())
        .contains("epa.hub2022.table4.cng_buses")
        .doesNotContain("epa.hub2022.table2.diesel")
        .doesNotContain("epa.hub2024.table6.erct");
  }

  @Test
  void a2025UsFileTakesTheHub2025EditionWithTonMilesAndEndOfLifeWaste() throws Exception {
    Path file = dir.resolve("us-2025.csv");
    Files.writeString(
        file,
        "record_id,org_unit,facility,period,activity_type,quantity,unit,region\n"
            + "E1,Group/Plant,Austin,2025,s2.electricity,1000,MWh,US-ERCT\n"
            + "T1,Group/Logistics,Austin,2025,s3.c4.us.freight.medium_heavy_duty_truck,10000,"
            + "ton-miles,US\n"
            + "W1,Group/Products,Austin,2025,s3.c12.us.waste.mixed_msw.landfilled,10,short tons,US\n");
    CommandRun r = CommandRun.of("inventory", file.toString(), "--format", "json", "--no-progress");
    assertThat(r.exit()).as(r.err()).isZero();
    JsonNode json = JsonMapper.builder().build().readTree(r.out());
    // Hub 2025, Table 6, ERCT (eGRID2023, data year 2023, the latest before 2025): 738.038 lb CO2
    // per MWh; 1,000 MWh x 738.038 lb x 0.45359237 kg/lb = 334,768.406 kg CO2 (334,768,406 g).
    // Hub 2025, Table 8, Medium- and Heavy-Duty Truck: 0.186 kg CO2 per short ton-mile; 10,000
    // ton-miles x 0.186 = 1,860 kg CO2. Together 336.628406 t CO2
    assertThat(json.get("byGas").get("CO2").get("massTonnes").asDouble()).isEqualTo(336.628406);
    // Hub 2025, Table 9, Mixed MSW - Landfilled: 0.58 t CO2e per short ton x 10 = 5.8 t, category
    // 12
    assertThat(json.get("byOrgUnit").get("Group/Products").get("scope3").asDouble()).isEqualTo(5.8);
    assertThat(json.get("factorYearWarnings").toString())
        .contains("epa.hub2025.table6.erct")
        .contains("nearest earlier year");
    // rows read in EPA's own workbook are not flagged
    assertThat(json.get("weakFactors").toString()).doesNotContain("epa.hub2025");
  }
}

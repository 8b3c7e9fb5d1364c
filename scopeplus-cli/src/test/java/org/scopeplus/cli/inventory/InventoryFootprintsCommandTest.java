package org.scopeplus.cli.inventory;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.scopeplus.cli.CommandRun;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * {@code scopeplus inventory --footprints FILE}: a category 1 purchase calculated from a supplier's
 * PACT footprint, by hand.
 *
 * <p>The footprint: 1.63 kg CO2e (pcfExcludingBiogenicUptake) per 1 liter of bioethanol, reference
 * period 2024, so valid 2025-01-01 until 2028-01-01 (PACT v3 "Validity Period": three years from
 * the reference period's end). 12 m3 bought in June 2025 = 12,000 L x 1.63 = 19,560 kg CO2e.
 *
 * <p>Beside it, 2 t of plastics at the built-in average factor, BEIS 2021 "average plastics,
 * primary material production" 3,116.291564 kg CO2e/t: 6,232.583128 kg, rounded to 6,232,583 g.
 * Category 1 = 19,560,000 + 6,232,583 = 25,792,583 g; from supplier data 19,560,000 / 25,792,583 =
 * 0.75836 -> 0.7584.
 */
class InventoryFootprintsCommandTest {

  private static final String PRODUCT = "urn:gtin:4712345060507";

  @TempDir Path dir;

  static String footprint(String validityPeriodEnd) {
    return """
        {"data": [{
          "id": "079e425a-464f-528d-341d-4a944a1dfd70",
          "specVersion": "3.0.3",
          "created": "2025-01-15T00:00:00Z",
          "status": "Active",
          %s
          "companyName": "Supplier Ltd",
          "companyIds": ["urn:pact:supplier.example:company:1"],
          "productDescription": "",
          "productIds": ["%s"],
          "productNameCompany": "Bioethanol",
          "pcf": {
            "declaredUnitOfMeasurement": "liter",
            "declaredUnitAmount": "1",
            "productMassPerDeclaredUnit": "0.79",
            "referencePeriodStart": "2024-01-01T00:00:00Z",
            "referencePeriodEnd": "2025-01-01T00:00:00Z",
            "geographyCountry": "DE",
            "pcfExcludingBiogenicUptake": "1.63",
            "pcfIncludingBiogenicUptake": "-0.28",
            "fossilGhgEmissions": "0.9",
            "fossilCarbonContent": "0",
            "biogenicCO2Uptake": "-1.91",
            "ipccCharacterizationFactors": ["AR6"],
            "crossSectoralStandards": ["ISO14067"],
            "exemptedEmissionsPercent": "0"
          }
        }]}
        """
        .formatted(
            validityPeriodEnd == null
                ? ""
                : "\"validityPeriodEnd\": \"" + validityPeriodEnd + "\",",
            PRODUCT);
  }

  private Path activity() throws IOException {
    Path csv = dir.resolve("activity.csv");
    Files.writeString(
        csv,
        "record_id,org_unit,facility,period,activity_type,quantity,unit,region,supplier_product_id\n"
            + "P-1,Group/Plant,,2025-06,s3.c1.supplier_specific,12,m3,DE,"
            + PRODUCT
            + "\n"
            + "P-2,Group/Plant,,2025-06,s3.c1.mass.plastics_average,2,t,GLOBAL,\n");
    return csv;
  }

  @Test
  void aPurchaseNamingASupplierProductIsCalculatedFromItsFootprint() throws IOException {
    Path pact = dir.resolve("supplier.json");
    Files.writeString(pact, footprint(null));
    CommandRun r =
        CommandRun.of(
            "inventory",
            activity().toString(),
            "--footprints",
            pact.toString(),
            "--format",
            "json",
            "--trace",
            "--no-progress");
    assertThat(r.exit()).as(r.err()).isZero();
    JsonNode json = JsonMapper.builder().build().readTree(r.out());
    assertThat(json.get("scope3Categories").get("1").decimalValue())
        .isEqualByComparingTo("25.792583");
    JsonNode supplier = json.get("scope3FromSupplierData").get("1");
    assertThat(supplier.get("tCo2e").decimalValue()).isEqualByComparingTo("19.56");
    assertThat(supplier.get("share").asString()).isEqualTo("0.7584");
    assertThat(r.out())
        .contains(
            "supplier PCF 079e425a-464f-528d-341d-4a944a1dfd70 (version created"
                + " 2025-01-15T00:00:00Z) of Supplier Ltd",
            "12000 L x 1.63 kg CO2e/L",
            "19560000 g CO2e",
            "supplier.json (suppliers' PACT footprints, 1)");
  }

  @Test
  void anExpiredFootprintRefusesTheInventoryNamingFileRowAndColumn() throws IOException {
    Path pact = dir.resolve("supplier.json");
    Files.writeString(pact, footprint("2025-05-01T00:00:00Z"));
    CommandRun r =
        CommandRun.of(
            "inventory", activity().toString(), "--footprints", pact.toString(), "--no-progress");
    assertThat(r.exit()).isEqualTo(InventoryCommand.EXIT_PROBLEMS);
    assertThat(r.out()).isEmpty();
    assertThat(r.err())
        .contains(
            "activity.csv:2 [supplier_product_id]: no footprint of supplier product "
                + PRODUCT
                + " can be used for 2025-06-01: supplier footprint"
                + " 079e425a-464f-528d-341d-4a944a1dfd70 is valid from 2025-01-01T00:00:00Z until"
                + " 2025-05-01T00:00:00Z");
  }

  @Test
  void withoutFootprintsOrWithABrokenFileNothingIsCalculated() throws IOException {
    CommandRun none = CommandRun.of("inventory", activity().toString(), "--no-progress");
    assertThat(none.exit()).isEqualTo(InventoryCommand.EXIT_PROBLEMS);
    assertThat(none.err())
        .contains(
            "activity.csv:2 [supplier_product_id]: no supplier footprint is available to this"
                + " calculation for product "
                + PRODUCT);
    Path broken = dir.resolve("broken.json");
    Files.writeString(broken, footprint(null).replace("\"1.63\"", "\"1.63e0\""));
    CommandRun bad =
        CommandRun.of(
            "inventory", activity().toString(), "--footprints", broken.toString(), "--no-progress");
    assertThat(bad.exit()).isEqualTo(InventoryCommand.EXIT_PROBLEMS);
    assertThat(bad.err())
        .contains("broken.json [pcf.pcfExcludingBiogenicUptake]: footprint 1 (079e425a");
  }
}

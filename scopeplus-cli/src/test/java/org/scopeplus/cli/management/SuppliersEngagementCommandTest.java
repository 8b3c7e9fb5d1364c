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

/** {@code scopeplus suppliers engagement --data DIR} on a small folder written here. */
class SuppliersEngagementCommandTest {

  @TempDir Path dir;

  private void write(String name, String text) throws IOException {
    Files.writeString(dir.resolve(name), text);
  }

  private void folder() throws IOException {
    write(
        "suppliers.csv",
        "supplier_id,name,target_status,target_year,ambition,pact_verified\n"
            + "V-100,Northwind Cloud,validated,2023,1.5C,no\n"
            + "V-200,Contoso Services,none,,,no\n"
            + "V-300,Fabrikam Board,committed,2024,,no\n");
    write(
        "activity.csv",
        "record_id,org_unit,facility,period,activity_type,quantity,unit,region,supplier,"
            + "supplier_factor_kg_co2e,supplier_factor_unit\n"
            + "P1,Group,,2024-03,s3.c1.spend.it_services,3000,USD,US,V-100,,\n"
            + "P2,Group,,2024-04,s3.c1.spend.it_services,1000,USD,US,Contoso Services,,\n"
            + "P3,Group,,2024-05,s3.c1.supplier_specific,2,t,CN,fabrikam board,500,t\n"
            + "P4,Group,,2024-06,s3.c1.spend.it_services,500,USD,US,Unknown Ltd,,\n");
  }

  @Test
  void theEngagementOfAFolderMatchesAHandCalculation() throws IOException {
    folder();
    CommandRun r =
        CommandRun.of("suppliers", "engagement", "--data", dir.toString(), "--format", "json");
    assertThat(r.exit()).as(r.err()).isZero();
    JsonNode doc = JsonMapper.builder().build().readTree(r.out());
    assertThat(doc.get("schema").asString()).isEqualTo("scopeplus.supplier-engagement/1");
    JsonNode y = doc.get("years").get(0);
    assertThat(y.get("year").asInt()).isEqualTo(2024);
    // Hand calculation: P3 is 2 t x 500 kg CO2e/t = 1,000,000 g from Fabrikam's own factor. P1,
    // P2 and P4 are one spend factor (same type, region, currency, year) applied to 3000, 1000 and
    // 500 USD, so their grams are E x 3000/4500, E x 1000/4500, E x 500/4500 where E is their sum,
    // each rounded once to a whole gram.
    long scope3 = y.get("scope3Grams").asLong();
    long spendGrams = scope3 - 1_000_000;
    assertThat(spendGrams).isPositive();
    assertThat(y.get("purchaseGrams").asLong()).isEqualTo(scope3);
    assertThat(y.get("supplierSpecificGrams").asLong()).isEqualTo(1_000_000);
    assertThat(y.get("validatedTargetGrams").asDouble())
        .isCloseTo(spendGrams * 3000.0 / 4500, within(1.0));
    assertThat(y.get("unregisteredSupplierGrams").asDouble())
        .isCloseTo(spendGrams * 500.0 / 4500, within(1.0));
    assertThat(y.get("unregisteredSuppliers").get(0).asString()).isEqualTo("Unknown Ltd");
    // Spend: 4500 USD in all, 3000 with Northwind (validated 2023): 2/3. No price year on the
    // unit, so the prices of the year the records' periods start: 2024.
    assertThat(y.get("spend")).hasSize(1);
    JsonNode usd = y.get("spend").get(0);
    assertThat(usd.get("currency").asString()).isEqualTo("USD");
    assertThat(usd.get("priceYear").asInt()).isEqualTo(2024);
    assertThat(usd.get("label").asString()).isEqualTo("USD (2024 prices)");
    assertThat(y.get("spendNote").isNull()).isTrue();
    assertThat(usd.get("total").asDouble()).isEqualTo(4500.0);
    assertThat(usd.get("validatedTargetShare").asDouble()).isCloseTo(2.0 / 3, within(1e-15));
    // Suppliers by id: Northwind validated and spend-based (bronze by the default tiers), Fabrikam
    // committed with its own data (silver), Contoso without a target (no tier).
    JsonNode s = y.get("suppliers");
    assertThat(s.get(0).get("supplierId").asString()).isEqualTo("V-100");
    assertThat(s.get(0).get("dataMaturity").asString()).isEqualTo("spend-based");
    assertThat(s.get(0).get("tier").asString()).isEqualTo("bronze");
    assertThat(s.get(1).get("supplierId").asString()).isEqualTo("V-200");
    assertThat(s.get(1).get("tier").isNull()).isTrue();
    assertThat(s.get(2).get("dataMaturity").asString()).isEqualTo("supplier-specific");
    assertThat(s.get(2).get("tier").asString()).isEqualTo("silver");
  }

  @Test
  void configuredTiersReplaceTheDefaults() throws IOException {
    folder();
    write(
        "supplier-tiers.csv",
        "tier,min_target_status,min_data_maturity\n"
            + "green-a,validated,spend-based\n"
            + "green-b,none,supplier-specific\n");
    CommandRun r =
        CommandRun.of("suppliers", "engagement", "--data", dir.toString(), "--format", "json");
    assertThat(r.exit()).as(r.err()).isZero();
    JsonNode s =
        JsonMapper.builder().build().readTree(r.out()).get("years").get(0).get("suppliers");
    assertThat(s.get(0).get("tier").asString()).isEqualTo("green-a");
    assertThat(s.get(1).get("tier").isNull()).isTrue();
    assertThat(s.get(2).get("tier").asString()).isEqualTo("green-b");
  }

  @Test
  void aBadRegisterRowIsRefusedNamingFileRowAndColumn() throws IOException {
    folder();
    write(
        "suppliers.csv",
        "supplier_id,name,target_status,target_year,ambition,pact_verified\n"
            + "V-100,Northwind Cloud,validated,2023,1.5C,no\n"
            + "V-200,Contoso Services,validated,0,1.5C,no\n");
    CommandRun r = CommandRun.of("suppliers", "engagement", "--data", dir.toString());
    assertThat(r.exit()).isEqualTo(2);
    assertThat(r.err()).contains("suppliers.csv, row 3, target_year");
    write(
        "suppliers.csv",
        "supplier_id,name,target_status,target_year,ambition,pact_verified\n"
            + "V-100,Northwind Cloud,validated,2023,1.5C,no\n"
            + "V-200,NORTHWIND CLOUD,none,,,no\n");
    r = CommandRun.of("suppliers", "engagement", "--data", dir.toString());
    assertThat(r.exit()).isEqualTo(2);
    assertThat(r.err()).contains("suppliers.csv, row 3, supplier").contains("row 2");
  }

  @Test
  void theTableNamesTheMetric() throws IOException {
    folder();
    CommandRun r = CommandRun.of("suppliers", "engagement", "--data", dir.toString());
    assertThat(r.exit()).as(r.err()).isZero();
    assertThat(r.out()).contains("validated science-based targets").contains("66.7%");
    assertThat(r.out()).contains("spend USD (2024 prices) 4500.00");
    assertThat(r.out()).contains("not in the register: Unknown Ltd");
  }

  /**
   * The demo company's register gives real figures. Hand check from the shipped demo file: the 2024
   * spend (USD@2018) is the sum of the quantities of its 2024 category 1 and 2 spend records, and
   * the spend with validated targets that of its records naming SP-003 (validated 2021) and SP-006
   * (validated 2023); SP-001 (validated 2022) buys board in tonnes, not money.
   */
  @Test
  void theDemoCompanysRegisterGivesRealFiguresByYear() throws IOException {
    CommandRun r =
        CommandRun.of("suppliers", "engagement", "--demo", "--year", "2024", "--format", "json");
    assertThat(r.exit()).as(r.err()).isZero();
    JsonNode y = JsonMapper.builder().build().readTree(r.out()).get("years").get(0);
    assertThat(y.get("year").asInt()).isEqualTo(2024);
    java.math.BigDecimal total = java.math.BigDecimal.ZERO;
    java.math.BigDecimal validated = java.math.BigDecimal.ZERO;
    String[] lines = org.scopeplus.io.demo.DemoDataset.shippedActivity().split("\n");
    for (int i = 1; i < lines.length; i++) {
      String[] c = lines[i].split(",", -1);
      boolean purchase = c[4].startsWith("s3.c1.spend.") || c[4].startsWith("s3.c2.spend.");
      if (purchase && c[3].startsWith("2024-")) {
        java.math.BigDecimal q = new java.math.BigDecimal(c[5]);
        total = total.add(q);
        if (c[11].equals("SP-003") || c[11].equals("SP-006")) {
          validated = validated.add(q);
        }
      }
    }
    assertThat(y.get("spend")).hasSize(1);
    JsonNode spend = y.get("spend").get(0);
    assertThat(spend.get("currency").asString()).isEqualTo("USD");
    assertThat(spend.get("priceYear").asInt()).isEqualTo(2018);
    assertThat(spend.get("label").asString()).isEqualTo("USD (2018 prices)");
    assertThat(spend.get("total").asDouble()).isCloseTo(total.doubleValue(), within(0.01));
    assertThat(spend.get("validatedTarget").asDouble())
        .isCloseTo(validated.doubleValue(), within(0.01));
    // every purchase names a registered supplier; the validated grams are those of the validated
    long validatedGrams = 0;
    long supplierGrams = 0;
    for (JsonNode s : y.get("suppliers")) {
      supplierGrams += s.get("grams").asLong();
      if (s.get("targetStatus").asString().equals("validated")) {
        validatedGrams += s.get("grams").asLong();
      }
    }
    assertThat(y.get("suppliers").size()).isEqualTo(7);
    assertThat(y.get("unregisteredSupplierGrams").asLong()).isZero();
    assertThat(y.get("noSupplierGrams").asLong()).isZero();
    assertThat(supplierGrams).isEqualTo(y.get("purchaseGrams").asLong());
    assertThat(validatedGrams).isPositive().isEqualTo(y.get("validatedTargetGrams").asLong());
    // a status counts from its year on: Corvid Servers (validated 2023) has none in 2022
    CommandRun earlier =
        CommandRun.of("suppliers", "engagement", "--demo", "--year", "2022", "--format", "json");
    assertThat(earlier.exit()).as(earlier.err()).isZero();
    JsonNode y2022 = JsonMapper.builder().build().readTree(earlier.out()).get("years").get(0);
    for (JsonNode s : y2022.get("suppliers")) {
      if (s.get("supplierId").asString().equals("SP-006")) {
        assertThat(s.get("targetStatus").asString()).isEqualTo("none");
      }
    }
    assertThat(y2022.get("validatedTargetShareOfPurchases").asDouble())
        .isLessThan(y.get("validatedTargetShareOfPurchases").asDouble());
    assertThat(CommandRun.of("suppliers", "engagement").exit()).isEqualTo(2);
  }
}

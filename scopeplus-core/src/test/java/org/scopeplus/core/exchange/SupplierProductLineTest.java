package org.scopeplus.core.exchange;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.scopeplus.core.Fixtures;
import org.scopeplus.core.activity.ActivityRecord;
import org.scopeplus.core.activity.ActivityType;
import org.scopeplus.core.activity.Period;
import org.scopeplus.core.activity.SourceRef;
import org.scopeplus.core.calculation.CalculationEngine;
import org.scopeplus.core.calculation.CalculationOptions;
import org.scopeplus.core.calculation.CalculationOutcome;
import org.scopeplus.core.calculation.ResultLine;
import org.scopeplus.core.factor.EmissionFactor;
import org.scopeplus.core.factor.FactorType;
import org.scopeplus.core.gas.Gas;
import org.scopeplus.core.gas.GwpSet;
import org.scopeplus.core.inventory.Inventory;
import org.scopeplus.core.inventory.InventoryAccumulator;
import org.scopeplus.core.inventory.RunManifest;
import org.scopeplus.core.org.ConsolidationApproach;
import org.scopeplus.core.quantity.QuantityKind;
import org.scopeplus.core.quantity.UnitSymbols;

/**
 * Category 1 purchases calculated from a supplier's PACT footprint, by hand.
 *
 * <p>The footprint is FootprintRulesTest's: 1.63 kg CO2e excluding biogenic uptake per 1 liter of
 * bioethanol, valid from 2025-01-01 until 2028-01-01 (three years from its reference period's end,
 * PACT v3 "Validity Period"). A purchase of 12 m3 in June 2025 is 12 x 1000 = 12,000 L, so 12,000 x
 * 1.63 = 19,560 kg = 19,560,000 g CO2e.
 *
 * <p>The average factor beside it is BEIS 2021 "average plastics, primary material production",
 * 3,116.291564 kg CO2e per tonne (UK Government GHG Conversion Factors 2021, via OEFDB, as in the
 * built-in library): 2 t give 2 x 3,116.291564 x 1000 = 6,232,583.128 g, rounded half-even to
 * 6,232,583 g. Category 1 is then 19,560,000 + 6,232,583 = 25,792,583 g, of which 19,560,000 /
 * 25,792,583 = 0.7583575... from supplier data.
 */
class SupplierProductLineTest {

  private static final String PRODUCT = "urn:gtin:4712345060507";

  private static final List<ActivityType> TYPES =
      List.of(
          Fixtures.type(
              "s3.c1.mass.plastics_average",
              3,
              1,
              "material.plastics_average",
              QuantityKind.MASS,
              QuantityKind.VOLUME),
          Fixtures.type(
              "s1.fuel.bioethanol", 1, 0, "material.plastics_average", QuantityKind.VOLUME));

  private static final EmissionFactor PLASTICS =
      Fixtures.factor(
          "beis2021.material.plastics_average",
          "material.plastics_average",
          "GLOBAL",
          2021,
          2030,
          "t",
          FactorType.AVERAGE_DATA,
          Gas.CO2E.id(),
          3116.291564);

  private static CalculationEngine engine(List<Map<String, Object>> footprints) {
    return Fixtures.engine(
        TYPES,
        List.of(PLASTICS),
        CalculationOptions.defaults(),
        SupplierProductFootprints.of(footprints));
  }

  private static ActivityRecord purchase(
      String id, String type, double quantity, String unit, String product) {
    ActivityRecord r =
        ActivityRecord.of(
            id,
            "Group/Plant",
            "",
            Period.parse("2025-06").orElseThrow(),
            type,
            quantity,
            UnitSymbols.of(unit),
            "DE");
    r =
        new ActivityRecord(
            r.id(),
            r.orgUnit(),
            r.facility(),
            r.period(),
            r.activityType(),
            r.quantity(),
            r.unit(),
            r.region(),
            "",
            "",
            "",
            "",
            Double.NaN,
            Double.NaN,
            1.0,
            Double.NaN,
            null,
            "",
            "",
            new SourceRef("activity.csv", 7));
    return r.withSupplierProduct(product);
  }

  private static List<ResultLine> calculated(CalculationEngine engine, ActivityRecord r) {
    List<ResultLine> out = new ArrayList<>();
    assertThat(engine.calculate(r, out::add)).isInstanceOf(CalculationOutcome.Calculated.class);
    return out;
  }

  private static String refusal(CalculationEngine engine, ActivityRecord r) {
    List<ResultLine> out = new ArrayList<>();
    CalculationOutcome outcome = engine.calculate(r, out::add);
    assertThat(out).isEmpty();
    assertThat(outcome).isInstanceOf(CalculationOutcome.Refused.class);
    var problem = ((CalculationOutcome.Refused) outcome).problem();
    assertThat(problem.file()).isEqualTo("activity.csv");
    assertThat(problem.row()).isEqualTo(7);
    return problem.column() + ": " + problem.message();
  }

  @Test
  void aPurchaseNamingASupplierProductTakesItsFootprintInsteadOfTheAverage() {
    List<ResultLine> lines =
        calculated(
            engine(List.of(FootprintRulesTest.valid())),
            purchase("P-1", "s3.c1.mass.plastics_average", 12, "m3", PRODUCT));
    assertThat(lines).hasSize(1);
    ResultLine line = lines.get(0);
    assertThat(line.co2eGrams()).isEqualTo(19_560_000L);
    assertThat(line.factor()).isNull();
    assertThat(line.factorNote())
        .contains(
            "supplier PCF 079e425a-464f-528d-341d-4a944a1dfd70",
            "version created 2025-01-15T00:00:00Z",
            "Supplier Ltd",
            "1.63 kg CO2e per L",
            "for product " + PRODUCT);
    assertThat(line.formula()).startsWith("12000 L x 1.63 kg CO2e/L").endsWith("= 19560000 g CO2e");
  }

  @Test
  void theInventoryReportsTheShareOfCategoryOneFromSupplierData() {
    CalculationEngine engine = engine(List.of(FootprintRulesTest.valid()));
    InventoryAccumulator acc = new InventoryAccumulator();
    engine.calculate(purchase("P-1", "s3.c1.mass.plastics_average", 12, "m3", PRODUCT), acc);
    engine.calculate(purchase("P-2", "s3.c1.mass.plastics_average", 2, "t", ""), acc);
    acc.countRecords(2);
    Inventory inv =
        acc.toInventory(
            new RunManifest(
                "test",
                GwpSet.AR5,
                ConsolidationApproach.OPERATIONAL_CONTROL,
                List.of(),
                List.of(),
                Map.of()),
            List.of());
    assertThat(inv.scope3Categories().get(1)).isEqualTo(25_792_583L);
    assertThat(inv.scope3FromSupplierData().get(1)).isEqualTo(19_560_000L);
    assertThat(inv.supplierDataShare(1)).isCloseTo(0.7583575, within(1e-7));
    assertThat(inv.supplierDataShare(2)).isNaN();
  }

  @Test
  void aSupersededVersionIsPassedOverForTheActiveOne() {
    Map<String, Object> old = FootprintRulesTest.valid();
    old.put("status", "Deprecated");
    Map<String, Object> current = FootprintRulesTest.valid();
    current.put("id", "3b1e2c7d-0a4f-4e55-9a61-2f7d8c9e0b12");
    current.put("created", "2025-03-01T00:00:00Z");
    current.put("precedingPfIds", new ArrayList<>(List.of(old.get("id"))));
    FootprintRulesTest.pcf(current).put("pcfExcludingBiogenicUptake", "1.5");
    assertThat(FootprintRules.check(current)).isEmpty();
    // 12,000 L x 1.5 kg/L = 18,000 kg
    ResultLine line =
        calculated(
                engine(List.of(old, current)),
                purchase("P-1", "s3.c1.mass.plastics_average", 12, "m3", PRODUCT.toUpperCase()))
            .get(0);
    assertThat(line.co2eGrams()).isEqualTo(18_000_000L);
    assertThat(line.factorNote())
        .contains("3b1e2c7d-0a4f-4e55-9a61-2f7d8c9e0b12", "version created 2025-03-01T00:00:00Z")
        .doesNotContain("079e425a");
  }

  @Test
  void anExpiredOrSupersededFootprintIsNeverUsedSilently() {
    Map<String, Object> deprecated = FootprintRulesTest.valid();
    deprecated.put("status", "Deprecated");
    assertThat(
            refusal(
                engine(List.of(deprecated)),
                purchase("P-1", "s3.c1.mass.plastics_average", 12, "m3", PRODUCT)))
        .startsWith("supplier_product_id: no footprint of supplier product " + PRODUCT)
        .contains("is deprecated (superseded)", "clear supplier_product_id");
    Map<String, Object> expired = FootprintRulesTest.valid();
    expired.put("validityPeriodEnd", "2025-05-01T00:00:00Z");
    assertThat(FootprintRules.check(expired)).isEmpty();
    assertThat(
            refusal(
                engine(List.of(expired)),
                purchase("P-1", "s3.c1.mass.plastics_average", 12, "m3", PRODUCT)))
        .contains(
            "valid from 2025-01-01T00:00:00Z until 2025-05-01T00:00:00Z, not on"
                + " 2025-06-01T00:00:00Z");
  }

  @Test
  void unknownProductsOtherScopesAndUnitsOfAnotherKindAreRefused() {
    CalculationEngine engine = engine(List.of(FootprintRulesTest.valid()));
    assertThat(
            refusal(
                engine, purchase("P-1", "s3.c1.mass.plastics_average", 12, "m3", "urn:gtin:000")))
        .contains("no supplier footprint", "urn:gtin:000");
    assertThat(refusal(engine, purchase("P-1", "s1.fuel.bioethanol", 12, "m3", PRODUCT)))
        .contains("(Scope 3 category 1 or 2) only, not of s1.fuel.bioethanol");
    assertThat(refusal(engine, purchase("P-1", "s3.c1.mass.plastics_average", 12, "t", PRODUCT)))
        .isEqualTo(
            "unit: cannot apply the footprint of supplier product "
                + PRODUCT
                + " (per L, volume) to a quantity in t (mass)");
    ActivityRecord both =
        purchase("P-1", "s3.c1.mass.plastics_average", 12, "m3", PRODUCT)
            .withSupplierFactor(2.0, UnitSymbols.of("L"), "");
    assertThat(refusal(engine, both)).contains("not both");
  }

  private static org.assertj.core.data.Offset<Double> within(double d) {
    return org.assertj.core.data.Offset.offset(d);
  }
}

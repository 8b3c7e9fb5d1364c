package org.scopeplus.core.supplier;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.scopeplus.core.Fixtures;
import org.scopeplus.core.activity.ActivityRecord;
import org.scopeplus.core.activity.ActivityType;
import org.scopeplus.core.activity.Period;
import org.scopeplus.core.activity.SourceRef;
import org.scopeplus.core.calculation.ResultLine;
import org.scopeplus.core.calculation.Scope2Method;
import org.scopeplus.core.factor.EmissionFactor;
import org.scopeplus.core.factor.FactorType;
import org.scopeplus.core.gas.Gas;
import org.scopeplus.core.gas.GwpSet;
import org.scopeplus.core.quantity.QuantityKind;
import org.scopeplus.core.quantity.UnitSymbols;

/**
 * Supplier engagement figures against a hand calculation on lines whose grams are given: the SBTi
 * supplier engagement metric (grams of suppliers with validated targets over Scope 3 grams, and
 * spend with them over purchase spend), the supplier-specific share, maturities and label tiers.
 */
class SupplierEngagementTest {

  private static final ActivityType SPEND =
      Fixtures.type("s3.c1.spend", 3, 1, "spend.x", QuantityKind.SPEND);
  private static final ActivityType MASS =
      Fixtures.type("s3.c1.mass", 3, 1, "mass.x", QuantityKind.MASS);
  private static final ActivityType CAPITAL =
      Fixtures.type("s3.c2.spend", 3, 2, "spend.y", QuantityKind.SPEND);
  private static final ActivityType TRAVEL =
      Fixtures.type("s3.c6.hotel", 3, 6, "hotel.x", QuantityKind.COUNT);
  private static final ActivityType DIESEL =
      Fixtures.type("s1.diesel", 1, 0, "fuel.diesel", QuantityKind.ENERGY);
  private static final EmissionFactor AVERAGE =
      Fixtures.factor("F1", "mass.x", "CN", 2020, 2030, "t", FactorType.AVERAGE_DATA, "CO2", 1.0);
  private static final Gas CO2 = Fixtures.gwps().gas("CO2").orElseThrow();

  private static final Supplier ACME =
      new Supplier("S1", "Acme Metals", TargetStatus.VALIDATED, 2023, "1.5C", false);
  private static final Supplier BOREALIS =
      new Supplier("S2", "Borealis Paper", TargetStatus.COMMITTED, 2024, "", true);
  private static final Supplier COBALT =
      new Supplier("S3", "Cobalt IT", TargetStatus.VALIDATED, 2025, "net-zero", false);

  private static ActivityRecord rec(
      String id, String period, ActivityType t, double qty, String unit, String supplier) {
    return rec(id, period, t, qty, unit, supplier, Double.NaN, "");
  }

  private static ActivityRecord rec(
      String id,
      String period,
      ActivityType t,
      double qty,
      String unit,
      String supplier,
      double supplierFactor,
      String product) {
    return new ActivityRecord(
        id,
        "Group",
        "",
        Period.parse(period).orElseThrow(),
        t.key(),
        qty,
        UnitSymbols.of(unit),
        "CN",
        "",
        supplier,
        "",
        "",
        Double.NaN,
        Double.NaN,
        1.0,
        supplierFactor,
        Double.isNaN(supplierFactor) ? null : UnitSymbols.of(unit),
        "",
        product,
        new SourceRef("activity.csv", 2));
  }

  private static ResultLine line(
      ActivityRecord r, ActivityType t, EmissionFactor f, long grams, boolean biogenic) {
    return new ResultLine(
        r,
        t,
        Scope2Method.NOT_APPLICABLE,
        CO2,
        biogenic,
        grams,
        grams,
        f,
        "",
        r.quantity(),
        "",
        1,
        1,
        GwpSet.AR5,
        "",
        1);
  }

  private static SupplierEngagement measured() {
    SupplierEngagement e =
        new SupplierEngagement(List.of(ACME, BOREALIS, COBALT), LabelTier.DEFAULTS);
    // Acme: one spend record of 1000 USD in two gas lines (300,000 + 100,000 g), matched by id in
    // a different case, and 2 t with Acme's own factor (600,000 g), matched by name.
    ActivityRecord a = rec("A", "2024-03", SPEND, 1000, "USD", "s1");
    e.accept(line(a, SPEND, AVERAGE, 300_000, false));
    e.accept(line(a, SPEND, AVERAGE, 100_000, false));
    e.accept(
        line(
            rec("B", "2024-04", MASS, 2, "t", " acme metals ", 300, ""),
            MASS,
            null,
            600_000,
            false));
    // Borealis: a PACT footprint (no library factor), its footprints verified: 300,000 g.
    e.accept(
        line(
            rec("C", "2024-05", MASS, 1, "t", "Borealis Paper", 300, "urn:pact:p1"),
            MASS,
            null,
            300_000,
            false));
    // Cobalt: 500 USD, 200,000 g; its target is validated only in 2025.
    e.accept(
        line(rec("D", "2024-06", SPEND, 500, "USD", "Cobalt IT"), SPEND, AVERAGE, 200_000, false));
    // A supplier the register lacks (category 2), and a purchase naming none.
    e.accept(
        line(
            rec("E", "2024-07", CAPITAL, 250, "USD", "Delta Ltd"),
            CAPITAL,
            AVERAGE,
            100_000,
            false));
    e.accept(line(rec("F", "2024-08", MASS, 1, "t", ""), MASS, AVERAGE, 50_000, false));
    // Other Scope 3 (category 6) counts in the denominator only; Scope 1 and biogenic CO2 not at
    // all.
    e.accept(line(rec("G", "2024-09", TRAVEL, 10, "night", ""), TRAVEL, AVERAGE, 1_350_000, false));
    e.accept(line(rec("H", "2024-09", DIESEL, 1, "GJ", ""), DIESEL, AVERAGE, 999, false));
    e.accept(line(rec("I", "2024-09", MASS, 1, "t", "S1"), MASS, AVERAGE, 777, true));
    // 2025: Cobalt, now validated, 100 USD, 40,000 g.
    e.accept(line(rec("J", "2025-02", SPEND, 100, "USD", "S3"), SPEND, AVERAGE, 40_000, false));
    return e;
  }

  @Test
  void theSbtiEngagementMetricAndTheSupplierDataShareMatchAHandCalculation() {
    EngagementYear y = measured().years().get(2024);
    // Purchases: 400,000 + 600,000 + 300,000 + 200,000 + 100,000 + 50,000 = 1,650,000 g;
    // Scope 3: 1,650,000 + 1,350,000 = 3,000,000 g.
    assertThat(y.purchaseGrams()).isEqualTo(1_650_000);
    assertThat(y.scope3Grams()).isEqualTo(3_000_000);
    // Validated in 2024: Acme only, 1,000,000 g -> 1/3 of Scope 3, 1,000,000/1,650,000 of
    // purchases.
    assertThat(y.validatedGrams()).isEqualTo(1_000_000);
    assertThat(y.validatedShareOfScope3()).isCloseTo(1.0 / 3, within(1e-15));
    assertThat(y.validatedShareOfPurchases()).isCloseTo(0.6060606060606061, within(1e-15));
    // Supplier data: Acme's own factor 600,000 + Borealis' footprint 300,000 = 900,000 g = 0.3.
    assertThat(y.supplierSpecificGrams()).isEqualTo(900_000);
    assertThat(y.supplierSpecificShareOfScope3()).isCloseTo(0.3, within(1e-15));
    assertThat(y.unregisteredGrams()).isEqualTo(100_000);
    assertThat(y.unnamedGrams()).isEqualTo(50_000);
    assertThat(y.unregistered()).containsExactly("Delta Ltd");
    // Spend: 1000 (counted once for its two lines) + 500 + 250 = 1750 USD; validated 1000. No
    // price year is stated, so it is the year the records' periods start: USD of 2024 prices.
    assertThat(y.spend()).containsOnlyKeys("USD@2024");
    assertThat(y.spendNotAdded()).isEmpty();
    EngagementYear.Spend usd = y.spend().get("USD@2024");
    assertThat(usd.total()).isEqualTo(1750.0);
    assertThat(usd.validated()).isEqualTo(1000.0);
    assertThat(usd.validatedShare()).isCloseTo(1000.0 / 1750, within(1e-15));
    assertThat(usd.supplierSpecificShare()).isZero();
  }

  @Test
  void maturityIsTheWeakestOfASuppliersLinesAndTheTierTheFirstItQualifiesFor() {
    Map<String, SupplierYear> s =
        measured().years().get(2024).suppliers().stream()
            .collect(java.util.stream.Collectors.toMap(x -> x.supplier().id(), x -> x));
    assertThat(s.get("S1").grams()).isEqualTo(1_000_000);
    assertThat(s.get("S1").maturity()).isEqualTo(DataMaturity.SPEND_BASED);
    assertThat(s.get("S1").status()).isEqualTo(TargetStatus.VALIDATED);
    assertThat(s.get("S1").tier()).isEqualTo("bronze");
    assertThat(s.get("S1").spend()).containsEntry("USD@2024", 1000.0);
    assertThat(s.get("S2").maturity()).isEqualTo(DataMaturity.PACT_VERIFIED);
    assertThat(s.get("S2").tier()).isEqualTo("silver");
    assertThat(s.get("S3").status()).isEqualTo(TargetStatus.NONE);
    assertThat(s.get("S3").tier()).isEmpty();
  }

  @Test
  void aTargetCountsFromTheYearItWasValidated() {
    EngagementYear y = measured().years().get(2025);
    assertThat(y.scope3Grams()).isEqualTo(40_000);
    assertThat(y.validatedShareOfScope3()).isEqualTo(1.0);
    // validated (at least committed) and spend-based: bronze, not gold (gold needs its own data)
    assertThat(y.suppliers().get(0).tier()).isEqualTo("bronze");
    assertThat(y.spend().get("USD@2025").validatedShare()).isEqualTo(1.0);
  }

  /**
   * By hand: Acme 3000 USD@2021 (validated) and Cobalt 1000 USD with no price year in 2024 (so of
   * 2024 prices) are two amounts: 3000 / 3000 = 100% validated in 2021 prices and 0 / 1000 = 0% in
   * 2024 prices, never 3000 / 4000 = 75% of a sum across price years. The year says so.
   */
  @Test
  void spendOfDifferentPriceYearsIsNotAdded() {
    SupplierEngagement e =
        new SupplierEngagement(List.of(ACME, BOREALIS, COBALT), LabelTier.DEFAULTS);
    e.accept(line(rec("A", "2024-03", SPEND, 3000, "USD@2021", "S1"), SPEND, AVERAGE, 300, false));
    e.accept(line(rec("D", "2024-06", SPEND, 1000, "USD", "S3"), SPEND, AVERAGE, 100, false));
    EngagementYear y = e.years().get(2024);
    assertThat(y.spend()).containsOnlyKeys("USD@2021", "USD@2024");
    assertThat(y.spend().get("USD@2021").total()).isEqualTo(3000.0);
    assertThat(y.spend().get("USD@2021").validatedShare()).isEqualTo(1.0);
    assertThat(y.spend().get("USD@2024").total()).isEqualTo(1000.0);
    assertThat(y.spend().get("USD@2024").validatedShare()).isZero();
    assertThat(y.currenciesInSeveralPriceYears()).containsExactly("USD");
    assertThat(y.spendNotAdded().orElseThrow())
        .contains("2024 spend in USD is in more than one price year")
        .contains("not added without deflation");
  }

  @Test
  void aRegisterThatCannotBeTrustedIsRefusedNamingTheSupplier() {
    assertThatThrownBy(
            () ->
                new SupplierEngagement(
                    List.of(
                        ACME, new Supplier("S9", "ACME METALS", TargetStatus.NONE, 0, "", false)),
                    LabelTier.DEFAULTS))
        .hasMessageContaining("S1")
        .hasMessageContaining("S9");
    assertThat(new Supplier("S", "X", TargetStatus.VALIDATED, 0, "1.5C", false).refusal())
        .hasValueSatisfying(m -> assertThat(m).contains("year"));
    assertThat(new Supplier("S", "X", TargetStatus.VALIDATED, 2024, "2C", false).refusal())
        .hasValueSatisfying(m -> assertThat(m).contains("ambition"));
    assertThat(new Supplier("S", "X", TargetStatus.NONE, 2024, "", false).refusal()).isPresent();
    assertThat(new Supplier("S", "X", TargetStatus.COMMITTED, 0, "", false).refusal()).isPresent();
  }

  /** An empty register measures nothing: a run keeps no figures that would read as a 0. */
  @Test
  void anEmptyRegisterIsNoRegister() {
    assertThat(new SupplierEngagement(List.of(), LabelTier.DEFAULTS).hasRegister()).isFalse();
    assertThat(new SupplierEngagement(List.of(ACME), LabelTier.DEFAULTS).hasRegister()).isTrue();
  }
}

package org.scopeplus.core.exchange;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.scopeplus.core.quantity.UnitSymbols;

/**
 * A category 1 line from a supplier's footprint, by hand. The footprint of FootprintRulesTest is
 * 1.63 kg CO2e (excluding biogenic uptake) per 1 liter of bioethanol, valid 2025-01-01 to
 * 2028-01-01 (three years from its reference period's end). A purchase of 12 m3 = 12,000 L gives
 * 12,000 x 1.63 = 19,560 kg CO2e = 19,560,000 g.
 */
class SupplierFootprintFactorTest {

  private static final Instant JUNE_2025 = Instant.parse("2025-06-15T00:00:00Z");

  @Test
  void aPurchaseInAnotherUnitOfTheSameKindByHand() {
    var outcome = SupplierFootprintFactor.of(FootprintRulesTest.valid(), JUNE_2025);
    assertThat(outcome).isInstanceOf(SupplierFootprintFactor.Outcome.Usable.class);
    var usable = (SupplierFootprintFactor.Outcome.Usable) outcome;
    assertThat(usable.kgCo2ePerUnit()).isEqualTo(1.63);
    assertThat(usable.perUnit().symbol()).isEqualTo("L");
    double litres = 12 * UnitSymbols.of("m3").conversionFactorTo(usable.perUnit());
    long grams = Math.round(litres * usable.kgCo2ePerUnit() * 1000);
    assertThat(grams).isEqualTo(19_560_000L);
    assertThat(usable.note())
        .contains("079e425a-464f-528d-341d-4a944a1dfd70", "Supplier Ltd", "2025-01-15T00:00:00Z");
  }

  @Test
  void aDeclaredAmountOtherThanOneDividesTheValue() {
    Map<String, Object> pf = FootprintRulesTest.valid();
    FootprintRulesTest.pcf(pf).put("declaredUnitAmount", "1000");
    FootprintRulesTest.pcf(pf).put("pcfExcludingBiogenicUptake", "2450");
    var usable = (SupplierFootprintFactor.Outcome.Usable) SupplierFootprintFactor.of(pf, JUNE_2025);
    assertThat(usable.kgCo2ePerUnit()).isEqualTo(2.45);
  }

  @Test
  void deprecatedOrExpiredFootprintsAreRefusedNotUsed() {
    Map<String, Object> pf = FootprintRulesTest.valid();
    pf.put("status", "Deprecated");
    assertThat(SupplierFootprintFactor.of(pf, JUNE_2025))
        .isInstanceOfSatisfying(
            SupplierFootprintFactor.Outcome.Refused.class,
            r -> assertThat(r.reason()).contains("deprecated"));
    assertThat(
            SupplierFootprintFactor.of(
                FootprintRulesTest.valid(), Instant.parse("2028-01-01T00:00:00Z")))
        .isInstanceOfSatisfying(
            SupplierFootprintFactor.Outcome.Refused.class,
            r ->
                assertThat(r.reason())
                    .contains("valid from 2025-01-01T00:00:00Z until 2028-01-01T00:00:00Z"));
    Map<String, Object> perMegabit = FootprintRulesTest.valid();
    FootprintRulesTest.pcf(perMegabit).put("declaredUnitOfMeasurement", "megabit second");
    assertThat(SupplierFootprintFactor.of(perMegabit, JUNE_2025))
        .isInstanceOf(SupplierFootprintFactor.Outcome.Refused.class);
  }
}

package org.scopeplus.core.quantity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

/** The plausible bound of one record's quantity, per dimension, converted to the record's unit. */
class QuantityBoundsTest {

  @Test
  void energyIsBoundedAtATrillionKwhInAnyUnit() {
    // 1e12 kWh = 1e9 MWh = 3.6e6 TJ = 1e12 x 3.6 MJ / 29,307 MJ per tce = 122,837,547 tce
    assertThat(QuantityBounds.maximum(UnitSymbols.of("kWh"))).isEqualTo(1e12);
    assertThat(QuantityBounds.maximum(UnitSymbols.of("MWh"))).isEqualTo(1e9, within(1e-3));
    assertThat(QuantityBounds.maximum(UnitSymbols.of("TJ"))).isEqualTo(3.6e6, within(1e-6));
    assertThat(QuantityBounds.maximum(UnitSymbols.of("tce")))
        .isEqualTo(1e12 * 3.6 / 29_307, within(1e-3));
    assertThat(QuantityBounds.plausible(1e9, UnitSymbols.of("MWh"))).isTrue();
    assertThat(QuantityBounds.plausible(-1e9, UnitSymbols.of("MWh"))).isTrue();
    assertThat(QuantityBounds.plausible(5e13, UnitSymbols.of("MWh"))).isFalse();
    assertThat(QuantityBounds.plausible(1.00001e9, UnitSymbols.of("MWh"))).isFalse();
    assertThat(QuantityBounds.plausible(Double.NaN, UnitSymbols.of("MWh"))).isFalse();
  }

  @Test
  void everyDimensionHasItsBound() {
    assertThat(QuantityBounds.maximum(UnitSymbols.of("t"))).isEqualTo(1e9, within(1e-3));
    assertThat(QuantityBounds.maximum(UnitSymbols.of("L"))).isEqualTo(1e15, within(1.0));
    assertThat(QuantityBounds.maximum(UnitSymbols.of("km"))).isEqualTo(1e12);
    assertThat(QuantityBounds.maximum(UnitSymbols.of("t·km"))).isEqualTo(1e13);
    assertThat(QuantityBounds.maximum(UnitSymbols.of("p·km"))).isEqualTo(1e13);
    assertThat(QuantityBounds.maximum(UnitSymbols.of("m2"))).isEqualTo(1e10);
    // spend and counts do not convert: the bound is the number as written
    assertThat(QuantityBounds.maximum(UnitSymbols.of("USD"))).isEqualTo(1e13);
    assertThat(QuantityBounds.maximum(UnitSymbols.of("CNY"))).isEqualTo(1e13);
    assertThat(QuantityBounds.maximum(UnitSymbols.of("room-night"))).isEqualTo(1e12);
    for (MeasureUnit u : UnitSymbols.all().values()) {
      assertThat(QuantityBounds.maximum(u)).as(u.symbol()).isPositive().isFinite();
    }
  }

  @Test
  void theRefusalGivesTheBoundInTheRecordsUnitAndTheReference() {
    assertThat(QuantityBounds.refusal("5e13", UnitSymbols.of("MWh")))
        .isEqualTo(
            "quantity 5e13 MWh is beyond the largest plausible single record of energy, 1e9 MWh"
                + " (1e12 kWh); check the unit and the number, or split the amount into records"
                + " per site and month");
    assertThat(QuantityBounds.refusal("2e13", UnitSymbols.of("USD"))).contains(", 1e13 USD;");
  }
}

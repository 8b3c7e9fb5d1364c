package org.scopeplus.core.quantity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

/** Factors from the table equal the units library's own, by definition of the units (SI, BIPM). */
class UnitConversionsTest {

  @Test
  void physicalUnitsConvertByTheirDefinitionsAndAskingAgainGivesTheSameFactor() {
    // 1 kWh = 0.001 MWh; 1 L = 0.001 m3; 1 kWh = 3.6 MJ = 0.0036 GJ
    assertThat(UnitConversions.factor(UnitSymbols.of("kWh"), UnitSymbols.of("MWh")))
        .isCloseTo(0.001, within(1e-15));
    assertThat(UnitConversions.factor(UnitSymbols.of("L"), UnitSymbols.of("m3")))
        .isCloseTo(0.001, within(1e-15));
    double kwhToGj = UnitConversions.factor(UnitSymbols.of("kWh"), UnitSymbols.of("GJ"));
    assertThat(kwhToGj).isCloseTo(0.0036, within(1e-15));
    assertThat(UnitConversions.factor(UnitSymbols.of("kWh"), UnitSymbols.of("GJ")))
        .isEqualTo(kwhToGj)
        .isEqualTo(UnitSymbols.of("kWh").conversionFactorTo(UnitSymbols.of("GJ")));
  }

  @Test
  void unitsThatDoNotConvertGiveNaNAndTheStrictFormRefusesThem() {
    assertThat(UnitConversions.factorOrNaN(UnitSymbols.of("kg"), UnitSymbols.of("kWh"))).isNaN();
    assertThat(UnitConversions.factorOrNaN(UnitSymbols.of("USD"), UnitSymbols.of("EUR"))).isNaN();
    assertThat(UnitConversions.factorOrNaN(UnitSymbols.of("USD"), UnitSymbols.of("USD")))
        .isEqualTo(1.0);
    assertThatThrownBy(() -> UnitConversions.factor(UnitSymbols.of("kg"), UnitSymbols.of("kWh")))
        .isInstanceOf(IncompatibleUnitException.class);
  }
}

package org.scopeplus.core.quantity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

/**
 * US units as US bills and the US EPA GHG Emission Factors Hub write them, with the exact
 * definitions: 1 ft = 0.3048 m, so 1 scf = 0.028316846592 m3 and 1 Mscf = 1,000 scf; 1 lb =
 * 0.45359237 kg, so 1 short ton = 2,000 lb = 907.18474 kg; 1 US gal = 231 in3 = 3.785411784 L; 1
 * MMBtu = 1,055.05585262 MJ and 1 therm = 100,000 Btu (International Table Btu).
 */
class UsUnitsTest {

  private static double factor(String from, String to) {
    return UnitSymbols.of(from).conversionFactorTo(UnitSymbols.of(to));
  }

  @Test
  void volumes() {
    assertThat(factor("Mscf", "m3")).isCloseTo(28.316846592, within(1e-12));
    assertThat(factor("Mscf", "scf")).isCloseTo(1000.0, within(1e-9));
    assertThat(factor("mcf", "scf")).isCloseTo(1000.0, within(1e-9));
    assertThat(factor("US gallon", "L")).isCloseTo(3.785411784, within(1e-12));
    assertThat(factor("gallons", "US gal")).isEqualTo(1.0);
  }

  @Test
  void masses() {
    assertThat(factor("short ton", "kg")).isCloseTo(907.18474, within(1e-9));
    assertThat(factor("short tons", "lb")).isCloseTo(2000.0, within(1e-9));
  }

  @Test
  void shortTonMilesAreFreightDistance() {
    // by hand: 1 short ton-mile = 0.90718474 t x 1.609344 km = 1.45997231821056 t·km
    assertThat(factor("short ton·mi", "t·km")).isCloseTo(1.45997231821056, within(1e-12));
    // 2,000 lb carried one mile is one short ton-mile
    assertThat(factor("short ton·mi", "t·mi")).isCloseTo(0.90718474, within(1e-12));
    for (String spelling :
        new String[] {"short_ton_mile", "ton-mile", "ton-miles", "ton.mi", "short ton-miles"}) {
      assertThat(UnitSymbols.of(spelling).symbol()).isEqualTo("short ton·mi");
      assertThat(UnitSymbols.of(spelling).kind()).isEqualTo(QuantityKind.FREIGHT_DISTANCE);
    }
  }

  @Test
  void energies() {
    assertThat(factor("therm", "MMBtu")).isCloseTo(0.1, within(1e-15));
    assertThat(factor("MMBTU", "GJ")).isCloseTo(1.05505585262, within(1e-14));
    assertThat(factor("Btu", "kJ")).isCloseTo(1.05505585262, within(1e-14));
    // a basis label does not change the quantity, only what it means to a fuel factor
    assertThat(factor("MMBtu GCV", "GJ HHV")).isCloseTo(1.05505585262, within(1e-14));
    assertThat(UnitSymbols.of("GJ (LHV)").symbol()).isEqualTo("GJ NCV");
    assertThat(UnitSymbols.of("therms").kind()).isEqualTo(QuantityKind.ENERGY);
  }
}

package org.scopeplus.core.quantity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.DoubleRange;
import org.junit.jupiter.api.Test;

class UnitSymbolsTest {

  private static double convert(double amount, String from, String to) {
    return amount * UnitSymbols.of(from).conversionFactorTo(UnitSymbols.of(to));
  }

  @Test
  void energyConversionsFollowTheirDefinitions() {
    // 1 kWh = 3.6 MJ (SI definition of the watt-hour)
    assertThat(convert(1, "kWh", "MJ")).isCloseTo(3.6, within(1e-12));
    assertThat(convert(1000, "MWh", "GWh")).isCloseTo(1.0, within(1e-12));
    assertThat(convert(1, "TJ", "GJ")).isCloseTo(1000.0, within(1e-9));
    // 1 MMBtu = 1.05505585262 GJ (International Table Btu)
    assertThat(convert(1, "MMBtu", "GJ")).isCloseTo(1.05505585262, within(1e-12));
    // 1 therm = 100,000 Btu = 105.505585262 MJ
    assertThat(convert(1, "therm", "MJ")).isCloseTo(105.505585262, within(1e-9));
    // GB/T 2589: 1 kgce = 29.307 MJ, so 1 tce = 29.307 GJ
    assertThat(convert(1, "tce", "GJ")).isCloseTo(29.307, within(1e-9));
    assertThat(convert(1, "kgce", "MJ")).isCloseTo(29.307, within(1e-9));
  }

  @Test
  void volumeMassDistanceConversionsFollowTheirDefinitions() {
    assertThat(convert(1, "US gal", "L")).isCloseTo(3.785411784, within(1e-12));
    assertThat(convert(1000, "L", "m3")).isCloseTo(1.0, within(1e-12));
    assertThat(convert(1, "scf", "m3")).isCloseTo(0.028316846592, within(1e-15));
    assertThat(convert(1, "lb", "kg")).isCloseTo(0.45359237, within(1e-15));
    assertThat(convert(1, "t", "kg")).isCloseTo(1000, within(1e-9));
    assertThat(convert(1, "mi", "km")).isCloseTo(1.609344, within(1e-12));
    assertThat(convert(1, "t·mi", "t·km")).isCloseTo(1.609344, within(1e-12));
    assertThat(convert(1, "p·mi", "p·km")).isCloseTo(1.609344, within(1e-12));
    assertThat(convert(1, "ft2", "m2")).isCloseTo(0.09290304, within(1e-15));
  }

  @Test
  void unitsAsChineseUsersWriteThemConvertByTheirDefinitions() {
    // 度 is the kilowatt-hour of Chinese electricity bills; 万 (wan) is 10^4
    assertThat(convert(1, "度", "kWh")).isEqualTo(1.0);
    assertThat(convert(1, "千瓦时", "MJ")).isCloseTo(3.6, within(1e-12));
    assertThat(convert(1, "万kWh", "kWh")).isCloseTo(10_000, within(1e-9));
    assertThat(convert(2.5, "万度", "MWh")).isCloseTo(25, within(1e-9));
    assertThat(convert(1, "万千瓦时", "MJ")).isCloseTo(36_000, within(1e-6));
    assertThat(convert(3, "吨", "kg")).isCloseTo(3000, within(1e-9));
    assertThat(convert(1, "公斤", "kg")).isEqualTo(1.0);
    assertThat(convert(12, "公里", "km")).isEqualTo(12.0);
    assertThat(convert(1, "万立方米", "m3")).isCloseTo(10_000, within(1e-9));
    assertThat(convert(1, "吨标准煤", "GJ")).isCloseTo(29.307, within(1e-9));
    assertThat(UnitSymbols.of("吨公里").symbol()).isEqualTo("t·km");
    assertThat(UnitSymbols.of("元").symbol()).isEqualTo("CNY");
    assertThat(UnitSymbols.of(" 万kWh ").kind()).isEqualTo(QuantityKind.ENERGY);
  }

  @Test
  void aliasesParseToTheCanonicalUnit() {
    assertThat(UnitSymbols.of("tkm").symbol()).isEqualTo("t·km");
    assertThat(UnitSymbols.of("pkm").symbol()).isEqualTo("p·km");
    assertThat(UnitSymbols.of("RMB").symbol()).isEqualTo("CNY");
    assertThat(UnitSymbols.of("Nm3").symbol()).isEqualTo("m3");
    assertThat(UnitSymbols.of("nights").symbol()).isEqualTo("night");
  }

  @Test
  void spendCarriesItsPriceYear() {
    MeasureUnit usd = UnitSymbols.of("USD@2016");
    assertThat(usd.kind()).isEqualTo(QuantityKind.SPEND);
    assertThat(usd.priceYear()).isEqualTo(2016);
    assertThat(UnitSymbols.of("USD(2021)").priceYear()).isEqualTo(2021);
    assertThat(UnitSymbols.of("CNY").priceYear()).isZero();
  }

  @Test
  void differentDimensionsDoNotConvert() {
    assertThatThrownBy(() -> UnitSymbols.of("kg").conversionFactorTo(UnitSymbols.of("kWh")))
        .isInstanceOf(IncompatibleUnitException.class)
        .hasMessage("cannot convert kg (mass) to kWh (energy)");
    assertThatThrownBy(() -> UnitSymbols.of("km").conversionFactorTo(UnitSymbols.of("p·km")))
        .isInstanceOf(IncompatibleUnitException.class);
    assertThatThrownBy(() -> UnitSymbols.of("CNY").conversionFactorTo(UnitSymbols.of("USD")))
        .hasMessageContaining("CNY (spend) to USD (spend)");
    assertThatThrownBy(() -> UnitSymbols.of("night").conversionFactorTo(UnitSymbols.of("item")))
        .isInstanceOf(IncompatibleUnitException.class);
  }

  @Test
  void unknownSymbolsAreEmpty() {
    assertThat(UnitSymbols.parse("furlong")).isEmpty();
    assertThat(UnitSymbols.parse("")).isEmpty();
    assertThat(UnitSymbols.parse(null)).isEmpty();
  }

  @Provide
  Arbitrary<List<String>> samePhysicalKind() {
    List<List<String>> groups = new ArrayList<>();
    groups.add(
        List.of(
            "J", "kJ", "MJ", "GJ", "TJ", "Wh", "kWh", "MWh", "GWh", "MMBtu", "therm", "kgce",
            "tce"));
    groups.add(List.of("mL", "L", "m3", "US gal", "scf"));
    groups.add(List.of("g", "kg", "t", "Gg", "lb"));
    groups.add(List.of("m", "km", "mi"));
    return Arbitraries.of(groups).flatMap(g -> Arbitraries.of(g).list().ofSize(2));
  }

  @Property
  void roundTripsReturnTheAmount(
      @ForAll("samePhysicalKind") List<String> pair,
      @ForAll @DoubleRange(min = -1e9, max = 1e9) double amount) {
    double there = convert(amount, pair.get(0), pair.get(1));
    double back = convert(there, pair.get(1), pair.get(0));
    assertThat(back).isCloseTo(amount, within(Math.abs(amount) * 1e-12 + 1e-12));
  }
}

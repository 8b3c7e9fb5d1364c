package org.scopeplus.core.quantity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/**
 * The units Scope 3+ events carry, in the one unit table: vehicle distance, time, area held for a
 * time, temperature difference and the count nouns, and their lookup from bytes.
 */
class EventUnitSymbolsTest {

  private static double convert(double amount, String from, String to) {
    return amount * UnitSymbols.of(from).conversionFactorTo(UnitSymbols.of(to));
  }

  private static int index(String symbol) {
    byte[] b = ("[" + symbol + "]").getBytes(StandardCharsets.UTF_8);
    return UnitSymbols.index(b, 1, b.length - 2);
  }

  @Test
  void timeFollowsTheSiBrochure() {
    // SI Brochure, 9th edition (2019), table 8: 1 h = 60 min = 3,600 s
    assertThat(convert(90, "min", "h")).isCloseTo(1.5, within(1e-12));
    assertThat(UnitSymbols.of("hour")).isEqualTo(UnitSymbols.of("h"));
    assertThat(UnitSymbols.of("person-h").kind()).isEqualTo(QuantityKind.TIME);
  }

  @Test
  void aCelsiusDifferenceIsAKelvinDifferenceWithoutTheOffset() {
    // SI Brochure, 9th edition, section 2.3.1: a difference in °C equals the same in K
    assertThat(convert(3, "°C", "K")).isCloseTo(3.0, within(1e-12));
    assertThat(convert(3, "degC", "K")).isCloseTo(3.0, within(1e-12));
    assertThat(UnitSymbols.of("°C").kind()).isEqualTo(QuantityKind.TEMPERATURE_DIFFERENCE);
  }

  @Test
  void vehicleAndAreaTimeUnitsAreProductsOfTheirFactors() {
    // 1 v·km = 1 vehicle x 1,000 m: a fleet's distance, not a distance nor a passenger distance
    assertThat(UnitSymbols.of("vkm")).isEqualTo(UnitSymbols.of("v·km"));
    assertThat(UnitSymbols.of("v.km").isCompatibleWith(UnitSymbols.of("km"))).isFalse();
    assertThat(UnitSymbols.of("v.km").isCompatibleWith(UnitSymbols.of("p·km"))).isFalse();
    // 1 m2·h = 1 m2 x 1 h, so 60 m2 held for 30 min is 30 m2·h
    assertThat(UnitSymbols.of("m2.h")).isEqualTo(UnitSymbols.of("m2·h"));
    assertThat(UnitSymbols.of("m2h").isCompatibleWith(UnitSymbols.of("m2"))).isFalse();
  }

  @Test
  void countNounsOfEventsAreKnownAndConvertOnlyToThemselves() {
    for (String noun : new String[] {"item", "night", "trip", "set", "box", "label", "page"}) {
      assertThat(UnitSymbols.of(noun).kind()).as(noun).isEqualTo(QuantityKind.COUNT);
    }
    assertThat(UnitSymbols.of("sets")).isEqualTo(UnitSymbols.of("set"));
    assertThat(UnitSymbols.of("trip").isCompatibleWith(UnitSymbols.of("set"))).isFalse();
  }

  @Test
  void theByteLookupFindsWhatParseFinds() {
    for (String text :
        new String[] {
          "km",
          "p.km",
          "passenger-km",
          "vkm",
          "h",
          "hours",
          "min",
          "m2.h",
          "degC",
          "°C",
          "K",
          "night",
          "item",
          "boxes",
          "KWH",
          "kg",
          "t",
          "度"
        }) {
      assertThat(index(text)).as(text).isNotNegative();
      assertThat(UnitSymbols.atIndex(index(text))).as(text).isEqualTo(UnitSymbols.of(text));
      assertThat(UnitSymbols.index(text)).as(text).isEqualTo(index(text));
    }
    assertThat(index("furlong")).isEqualTo(-1);
    assertThat(UnitSymbols.index("furlong")).isEqualTo(-1);
    assertThat(index("")).isEqualTo(-1);
  }
}

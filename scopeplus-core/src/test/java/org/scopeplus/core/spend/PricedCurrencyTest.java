package org.scopeplus.core.spend;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.scopeplus.core.quantity.UnitSymbols;

/** Spend is in a currency of one price year: stated on the unit, else the period's start year. */
class PricedCurrencyTest {

  @Test
  void aStatedPriceYearIsKeptAndAnUnstatedOneIsThePeriodsStartYear() {
    assertThat(PricedCurrency.of(UnitSymbols.of("USD@2018"), 2024).key()).isEqualTo("USD@2018");
    assertThat(PricedCurrency.of(UnitSymbols.of("USD"), 2024).key()).isEqualTo("USD@2024");
    assertThat(PricedCurrency.of(UnitSymbols.of("RMB(2023)"), 2024).key()).isEqualTo("CNY@2023");
  }

  @Test
  void keysReadBackAndABareCurrencyHasNoKnownPriceYear() {
    assertThat(PricedCurrency.parse("USD@2018")).contains(new PricedCurrency("USD", 2018));
    PricedCurrency old = PricedCurrency.parse("USD").orElseThrow();
    assertThat(old.priceYearKnown()).isFalse();
    assertThat(old.key()).isEqualTo("USD");
    assertThat(PricedCurrency.parse("USD@18")).isEmpty();
    assertThat(PricedCurrency.parse("@2018")).isEmpty();
    assertThat(PricedCurrency.parse(null)).isEmpty();
  }
}

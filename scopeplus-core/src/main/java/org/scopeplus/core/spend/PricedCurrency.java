package org.scopeplus.core.spend;

import java.util.Optional;
import org.scopeplus.core.quantity.MeasureUnit;

/**
 * A currency at the prices of one year: what an amount of spend is in. Amounts of one currency in
 * different price years are different quantities (an EEIO factor is per currency of one price
 * year), so spend is kept and added per priced currency, never across price years without
 * deflation.
 *
 * <p>Written {@code USD@2018}, the notation of activity files (docs/spend-currencies.md). An amount
 * whose unit states no price year is in the prices of the year its period starts, the year the
 * calculation exchanges and deflates it from ({@link MeasureUnit#yearOfSpend(int)}).
 *
 * @param currency the ISO 4217 code, e.g. {@code USD}
 * @param priceYear the price year, or 0 when it was not recorded (spend kept before price years
 *     were)
 */
public record PricedCurrency(String currency, int priceYear) implements Comparable<PricedCurrency> {

  /** The priced currency of an amount in {@code unit} of a record whose period starts in a year. */
  public static PricedCurrency of(MeasureUnit unit, int periodStartYear) {
    return new PricedCurrency(unit.symbol(), unit.yearOfSpend(periodStartYear));
  }

  /**
   * Reads {@link #key()}; a bare currency ({@code USD}) has price year 0 (not recorded).
   *
   * @return empty when {@code key} is neither {@code CUR} nor {@code CUR@YEAR}
   */
  public static Optional<PricedCurrency> parse(String key) {
    if (key == null) {
      return Optional.empty();
    }
    int at = key.indexOf('@');
    String currency = at < 0 ? key : key.substring(0, at);
    if (currency.isBlank()) {
      return Optional.empty();
    }
    if (at < 0) {
      return Optional.of(new PricedCurrency(currency, 0));
    }
    String year = key.substring(at + 1);
    if (!year.matches("[0-9]{4}")) {
      return Optional.empty();
    }
    return Optional.of(new PricedCurrency(currency, Integer.parseInt(year)));
  }

  /** {@code USD@2018}, or {@code USD} when the price year was not recorded. */
  public String key() {
    return priceYear == 0 ? currency : currency + "@" + priceYear;
  }

  /** {@code USD (2018 prices)}, or {@code USD (price year not recorded)}. */
  public String label() {
    return currency
        + (priceYear == 0 ? " (price year not recorded)" : " (" + priceYear + " prices)");
  }

  /** Whether the price year is known. */
  public boolean priceYearKnown() {
    return priceYear != 0;
  }

  @Override
  public int compareTo(PricedCurrency o) {
    int c = currency.compareTo(o.currency);
    return c != 0 ? c : Integer.compare(priceYear, o.priceYear);
  }

  @Override
  public String toString() {
    return key();
  }
}

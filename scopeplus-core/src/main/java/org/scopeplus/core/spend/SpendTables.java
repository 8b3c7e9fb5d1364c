package org.scopeplus.core.spend;

import java.util.Objects;
import org.scopeplus.core.text.Decimals;

/**
 * The exchange rates and price indices that bring spend in any currency and price year to a
 * spend-based factor's currency and base year.
 *
 * <p>The rule: an amount {@code A} of currency {@code C} spent in year {@code Y} (the price year
 * its unit states, as in {@code CNY@2023}, else the year the record's period starts) becomes, for a
 * factor per {@code F@B},
 *
 * <pre>A x (F per USD in Y) / (C per USD in Y) x (index of F in B) / (index of F in Y)</pre>
 *
 * that is, exchanged at the average rate of the year of spend, then deflated with the price index
 * of the factor's currency to the factor's base year (the order the USEEIO and EXIOBASE guidance
 * gives: convert in the year of purchase, then deflate in the factor's economy). A factor without a
 * stated price year is not deflated. A missing rate or index is refused with a sentence naming it,
 * never guessed from another year.
 *
 * @param rates the exchange rates
 * @param indices the price indices
 */
public record SpendTables(ExchangeRates rates, PriceIndices indices) {

  public SpendTables {
    Objects.requireNonNull(rates, "rates");
    Objects.requireNonNull(indices, "indices");
  }

  /** No tables: spend must already be in the factor's currency (its price year is not checked). */
  public static final SpendTables NONE = new SpendTables(ExchangeRates.NONE, PriceIndices.NONE);

  /** The outcome of converting spend: the multiplier with its trace text, or a refusal. */
  public sealed interface Outcome {}

  /**
   * The multiplier that turns the amount into the factor's currency and base year.
   *
   * @param multiplier amount x multiplier = amount in the factor's currency and price year
   * @param exchange the rate applied (factor currency per record currency), 1 when none
   * @param deflator the index ratio applied, 1 when none
   * @param text how, for the trace ("" when nothing changed)
   */
  public record Converted(double multiplier, double exchange, double deflator, String text)
      implements Outcome {}

  /** The conversion cannot be made; the sentence names what is missing. */
  public record Refused(String reason) implements Outcome {}

  /**
   * Converts spend of {@code currency} in year {@code spendYear} to the factor's {@code
   * factorCurrency} at {@code factorYear} (0 = the factor states no price year).
   */
  public Outcome convert(String currency, int spendYear, String factorCurrency, int factorYear) {
    if (this == NONE || (rates == ExchangeRates.NONE && indices == PriceIndices.NONE)) {
      return currency.equals(factorCurrency)
          ? new Converted(1.0, 1.0, 1.0, "")
          : new Refused(
              "spend in "
                  + currency
                  + " cannot use a factor per "
                  + factorCurrency
                  + " without exchange rates; give the amount in "
                  + factorCurrency
                  + " or load an exchange-rate table");
    }
    double exchange = 1.0;
    StringBuilder text = new StringBuilder();
    if (!currency.equals(factorCurrency)) {
      var from = rates.perUsd(currency, spendYear);
      var to = rates.perUsd(factorCurrency, spendYear);
      if (from.isEmpty() || to.isEmpty()) {
        String missing = from.isEmpty() ? currency : factorCurrency;
        return new Refused(
            "no "
                + spendYear
                + " exchange rate for "
                + missing
                + " in table "
                + rates.name()
                + "; add the year's average rate to the exchange-rate file, or give the amount in "
                + factorCurrency);
      }
      exchange = to.getAsDouble() / from.getAsDouble();
      text.append("exchanged at ")
          .append(Decimals.text(to.getAsDouble()))
          .append(' ')
          .append(factorCurrency)
          .append(" / ")
          .append(Decimals.text(from.getAsDouble()))
          .append(' ')
          .append(currency)
          .append(" per USD (")
          .append(spendYear)
          .append(" annual averages, ")
          .append(rates.name())
          .append(sourceOf(currency, factorCurrency))
          .append(')');
    }
    double deflator = 1.0;
    if (factorYear != 0 && factorYear != spendYear) {
      var base = indices.value(factorCurrency, factorYear);
      var spent = indices.value(factorCurrency, spendYear);
      if (base.isEmpty() || spent.isEmpty()) {
        return new Refused(
            "no "
                + factorCurrency
                + " price index for "
                + (spent.isEmpty() ? spendYear : factorYear)
                + " in table "
                + indices.name()
                + ", so spend of "
                + spendYear
                + " cannot be deflated to the factor's "
                + factorYear
                + " prices; add the index to the price-index file, or state the amount in "
                + factorCurrency
                + "@"
                + factorYear);
      }
      deflator = base.getAsDouble() / spent.getAsDouble();
      if (!text.isEmpty()) {
        text.append("; ");
      }
      text.append("deflated to ")
          .append(factorYear)
          .append(" prices by ")
          .append(Decimals.text(base.getAsDouble()))
          .append(" / ")
          .append(Decimals.text(spent.getAsDouble()))
          .append(" (")
          .append(
              indices.series(factorCurrency).isEmpty()
                  ? "price index"
                  : indices.series(factorCurrency))
          .append(' ')
          .append(factorYear)
          .append(" / ")
          .append(spendYear)
          .append(", ")
          .append(indices.name())
          .append(')');
    }
    return new Converted(exchange * deflator, exchange, deflator, text.toString());
  }

  private String sourceOf(String currency, String factorCurrency) {
    String s = rates.source("USD".equals(currency) ? factorCurrency : currency);
    return s.isEmpty() ? "" : ": " + s;
  }
}

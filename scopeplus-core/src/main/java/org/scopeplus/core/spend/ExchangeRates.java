package org.scopeplus.core.spend;

import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import java.util.OptionalDouble;

/**
 * Annual-average exchange rates against the US dollar, by currency and year, from one named table
 * (e.g. the US Federal Reserve's G.5A annual release). A rate is held as units of the currency per
 * US dollar; USD is 1 in every year.
 *
 * @param name the table's name and version, shown in every trace that uses it
 * @param perUsd units per US dollar, by currency code, then year
 * @param sources where each currency's rates come from, by currency code
 */
public record ExchangeRates(
    String name, Map<String, Map<Integer, Double>> perUsd, Map<String, String> sources) {

  public ExchangeRates {
    Objects.requireNonNull(name, "name");
    Map<String, Map<Integer, Double>> copy = new HashMap<>();
    perUsd.forEach((c, byYear) -> copy.put(c, Map.copyOf(byYear)));
    perUsd = Map.copyOf(copy);
    sources = Map.copyOf(sources);
  }

  /** No rates: only amounts already in the factor's currency can be used. */
  public static final ExchangeRates NONE = new ExchangeRates("none", Map.of(), Map.of());

  /** Units of {@code currency} per US dollar, the average of {@code year}; empty when unknown. */
  public OptionalDouble perUsd(String currency, int year) {
    if ("USD".equals(currency)) {
      return OptionalDouble.of(1.0);
    }
    Map<Integer, Double> byYear = perUsd.get(currency);
    Double rate = byYear == null ? null : byYear.get(year);
    return rate == null ? OptionalDouble.empty() : OptionalDouble.of(rate);
  }

  /** Where the rates of {@code currency} come from ("" when unknown or USD). */
  public String source(String currency) {
    return sources.getOrDefault(currency, "");
  }

  /**
   * SHA-256 (hex) of the table's values in a canonical text (one {@code currency,year,value} line
   * per entry, sorted), for a run's manifest: two tables with the same values have the same digest.
   */
  public String digest() {
    java.util.List<String> lines = new java.util.ArrayList<>();
    perUsd.forEach((c, byYear) -> byYear.forEach((y, v) -> lines.add(c + "," + y + "," + v)));
    java.util.Collections.sort(lines);
    try {
      byte[] hash =
          java.security.MessageDigest.getInstance("SHA-256")
              .digest(String.join("\n", lines).getBytes(java.nio.charset.StandardCharsets.UTF_8));
      return java.util.HexFormat.of().formatHex(hash);
    } catch (java.security.NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
    }
  }
}

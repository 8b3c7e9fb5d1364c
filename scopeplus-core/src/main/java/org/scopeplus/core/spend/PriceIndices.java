package org.scopeplus.core.spend;

import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import java.util.OptionalDouble;

/**
 * Annual price indices by currency: the series that moves an amount of that currency from one price
 * year to another (e.g. the US CPI-U for USD), from one named table.
 *
 * @param name the table's name and version, shown in every trace that uses it
 * @param values index values by currency code, then year
 * @param series the series used for each currency and its source, by currency code
 */
public record PriceIndices(
    String name, Map<String, Map<Integer, Double>> values, Map<String, String> series) {

  public PriceIndices {
    Objects.requireNonNull(name, "name");
    Map<String, Map<Integer, Double>> copy = new HashMap<>();
    values.forEach((c, byYear) -> copy.put(c, Map.copyOf(byYear)));
    values = Map.copyOf(copy);
    series = Map.copyOf(series);
  }

  /** No indices: only amounts already in the factor's price year can be used. */
  public static final PriceIndices NONE = new PriceIndices("none", Map.of(), Map.of());

  /** The index of {@code currency}'s series for {@code year}; empty when unknown. */
  public OptionalDouble value(String currency, int year) {
    Map<Integer, Double> byYear = values.get(currency);
    Double v = byYear == null ? null : byYear.get(year);
    return v == null ? OptionalDouble.empty() : OptionalDouble.of(v);
  }

  /** The series of {@code currency} and its source ("" when unknown). */
  public String series(String currency) {
    return series.getOrDefault(currency, "");
  }

  /**
   * SHA-256 (hex) of the table's values in a canonical text (one {@code currency,year,value} line
   * per entry, sorted), for a run's manifest: two tables with the same values have the same digest.
   */
  public String digest() {
    java.util.List<String> lines = new java.util.ArrayList<>();
    values.forEach((c, byYear) -> byYear.forEach((y, v) -> lines.add(c + "," + y + "," + v)));
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

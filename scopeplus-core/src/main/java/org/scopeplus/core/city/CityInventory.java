package org.scopeplus.core.city;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * A city's GPC inventory for one year: what it reports on each line. A line absent from {@link
 * #entries()} is neither estimated nor marked by a notation key; {@link GpcCompleteness} names it.
 *
 * @param city the city's name or code as the reporting sheet writes it
 * @param year the inventory year
 * @param entries the reported lines by reference number, in the framework's order
 */
public record CityInventory(String city, int year, Map<String, GpcEntry> entries) {

  /** The earliest inventory year accepted: GPC inventories start with 1990 base years. */
  public static final int FIRST_YEAR = 1990;

  /** The latest inventory year accepted. */
  public static final int LAST_YEAR = 2100;

  /** The longest city name accepted. */
  public static final int MAX_CITY_LENGTH = 200;

  public CityInventory {
    Optional<String> c = cityRefusal(city);
    if (c.isPresent()) {
      throw new IllegalArgumentException(c.get());
    }
    Optional<String> y = yearRefusal(year);
    if (y.isPresent()) {
      throw new IllegalArgumentException(y.get());
    }
    city = city.strip();
    Map<String, GpcEntry> ordered = new LinkedHashMap<>();
    for (GpcLine line : GpcFramework.lines()) {
      GpcEntry e = entries.get(line.reference());
      if (e != null) {
        if (!e.line().equals(line)) {
          throw new IllegalArgumentException("entry filed under the wrong line: " + line);
        }
        ordered.put(line.reference(), e);
      }
    }
    if (ordered.size() != entries.size()) {
      throw new IllegalArgumentException("entries on lines the GPC does not have");
    }
    entries = Collections.unmodifiableMap(ordered);
  }

  /** An inventory from its entries; two entries on one line are a programming error. */
  public static CityInventory of(String city, int year, List<GpcEntry> entries) {
    Map<String, GpcEntry> m = new LinkedHashMap<>();
    for (GpcEntry e : entries) {
      if (m.put(e.line().reference(), e) != null) {
        throw new IllegalArgumentException("line reported twice: " + e.line().reference());
      }
    }
    return new CityInventory(city, year, m);
  }

  /** Why a year cannot be an inventory year, or empty when it can. */
  public static Optional<String> yearRefusal(int year) {
    if (year < FIRST_YEAR || year > LAST_YEAR) {
      return Optional.of(
          "inventory year " + year + " is outside " + FIRST_YEAR + " to " + LAST_YEAR);
    }
    return Optional.empty();
  }

  /** Why a text cannot name a city, or empty when it can. */
  public static Optional<String> cityRefusal(String city) {
    if (city == null || city.isBlank()) {
      return Optional.of("the city is missing");
    }
    if (city.strip().length() > MAX_CITY_LENGTH) {
      return Optional.of("the city's name is longer than " + MAX_CITY_LENGTH + " characters");
    }
    return Optional.empty();
  }

  /** The entry of a line, if the city reported it. */
  public Optional<GpcEntry> entry(GpcLine line) {
    Objects.requireNonNull(line, "line");
    return Optional.ofNullable(entries.get(line.reference()));
  }
}

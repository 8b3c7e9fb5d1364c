package org.scopeplus.core.instrument;

import java.time.YearMonth;
import java.util.HashMap;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * Adds up electricity consumed, and the part of it covered by a renewable energy attribute claim,
 * by org unit (each unit including the units below it) and month, in whole kWh added exactly; the
 * renewable-electricity share is covered over consumed (RE100 Technical Criteria: renewable
 * electricity as a share of total electricity consumption), by month or by year. Not thread-safe.
 */
public final class RenewableShare {

  /** [consumed kWh, covered kWh] by org-unit path and month. */
  private final Map<String, SortedMap<YearMonth, long[]>> byUnit = new HashMap<>();

  /**
   * Adds {@code kwh} of electricity consumed by {@code orgUnit} (a path such as {@code
   * Kestrel/Cloud/Data-Centers/DC-Zhangbei}) in {@code month}; {@code covered} when a renewable
   * energy attribute claim covers it.
   */
  public void add(String orgUnit, YearMonth month, long kwh, boolean covered) {
    if (kwh < 0) {
      throw new IllegalArgumentException("electricity must be 0 kWh or more: " + kwh);
    }
    String path = orgUnit;
    while (true) {
      long[] cell =
          byUnit
              .computeIfAbsent(path, p -> new TreeMap<>())
              .computeIfAbsent(month, m -> new long[2]);
      cell[0] = Math.addExact(cell[0], kwh);
      if (covered) {
        cell[1] = Math.addExact(cell[1], kwh);
      }
      int slash = path.lastIndexOf('/');
      if (slash < 0) {
        return;
      }
      path = path.substring(0, slash);
    }
  }

  /**
   * The share by year of {@code orgUnit} and the units below it (covered kWh of the year over
   * consumed kWh of the year, not a mean of months); years without electricity left out.
   */
  public SortedMap<Integer, Double> of(String orgUnit) {
    SortedMap<Integer, long[]> years = new TreeMap<>();
    for (Map.Entry<YearMonth, long[]> e : cells(orgUnit).entrySet()) {
      long[] y = years.computeIfAbsent(e.getKey().getYear(), k -> new long[2]);
      y[0] = Math.addExact(y[0], e.getValue()[0]);
      y[1] = Math.addExact(y[1], e.getValue()[1]);
    }
    SortedMap<Integer, Double> out = new TreeMap<>();
    years.forEach(
        (year, c) -> {
          if (c[0] > 0) {
            out.put(year, (double) c[1] / c[0]);
          }
        });
    return out;
  }

  /**
   * The share by month of {@code orgUnit} and the units below it; months without electricity left
   * out.
   */
  public SortedMap<YearMonth, Double> byMonth(String orgUnit) {
    SortedMap<YearMonth, Double> out = new TreeMap<>();
    cells(orgUnit)
        .forEach(
            (month, c) -> {
              if (c[0] > 0) {
                out.put(month, (double) c[1] / c[0]);
              }
            });
    return out;
  }

  /**
   * Consumed and covered kWh by month of {@code orgUnit}: each value {@code [consumed, covered]}.
   */
  public SortedMap<YearMonth, long[]> kwhByMonth(String orgUnit) {
    SortedMap<YearMonth, long[]> out = new TreeMap<>();
    cells(orgUnit).forEach((m, c) -> out.put(m, c.clone()));
    return out;
  }

  private SortedMap<YearMonth, long[]> cells(String orgUnit) {
    return byUnit.getOrDefault(orgUnit, new TreeMap<>());
  }
}

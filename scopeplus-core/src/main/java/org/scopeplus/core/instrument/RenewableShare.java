package org.scopeplus.core.instrument;

import java.util.HashMap;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * Adds up electricity consumed, and the part of it covered by a renewable energy attribute claim,
 * by org unit (each unit including the units below it) and year; the renewable-electricity share is
 * covered over consumed (RE100 Technical Criteria: renewable electricity as a share of total
 * electricity consumption). Not thread-safe.
 */
public final class RenewableShare {

  /** [consumed MWh, covered MWh] by org-unit path and year. */
  private final Map<String, SortedMap<Integer, double[]>> byUnit = new HashMap<>();

  /**
   * Adds {@code mwh} of electricity consumed by {@code orgUnit} (a path such as {@code
   * Kestrel/Cloud/Data-Centers/DC-Zhangbei}) in {@code year}; {@code covered} when a renewable
   * energy attribute claim covers it.
   */
  public void add(String orgUnit, int year, double mwh, boolean covered) {
    if (!(mwh >= 0) || Double.isInfinite(mwh)) {
      throw new IllegalArgumentException("electricity must be 0 MWh or more: " + mwh);
    }
    String path = orgUnit;
    while (true) {
      double[] cell =
          byUnit
              .computeIfAbsent(path, p -> new TreeMap<>())
              .computeIfAbsent(year, y -> new double[2]);
      cell[0] += mwh;
      if (covered) {
        cell[1] += mwh;
      }
      int slash = path.lastIndexOf('/');
      if (slash < 0) {
        return;
      }
      path = path.substring(0, slash);
    }
  }

  /**
   * The share by year of {@code orgUnit} and the units below it; years without electricity left
   * out.
   */
  public SortedMap<Integer, Double> of(String orgUnit) {
    SortedMap<Integer, Double> out = new TreeMap<>();
    for (Map.Entry<Integer, double[]> e :
        byUnit.getOrDefault(orgUnit, new TreeMap<>()).entrySet()) {
      if (e.getValue()[0] > 0) {
        out.put(e.getKey(), e.getValue()[1] / e.getValue()[0]);
      }
    }
    return out;
  }
}

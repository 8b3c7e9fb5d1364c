package org.scopeplus.core.city.spatial;

import java.util.Collections;
import java.util.Map;
import java.util.TreeMap;

/**
 * Grams by zone (a district or a grid cell) and sector, each zone's sectors in code order.
 *
 * @param grams zone -> sector -> grams CO2e
 */
public record Allocation(Map<String, Map<String, Long>> grams) {

  public Allocation {
    Map<String, Map<String, Long>> copy = new TreeMap<>();
    grams.forEach((z, s) -> copy.put(z, Collections.unmodifiableMap(new TreeMap<>(s))));
    grams = Collections.unmodifiableMap(copy);
  }

  /** A zone's grams over all sectors (0 for a zone not in the allocation). */
  public long total(String zone) {
    return grams.getOrDefault(zone, Map.of()).values().stream().mapToLong(Long::longValue).sum();
  }

  /** A sector's grams over all zones. */
  public long sectorTotal(String sector) {
    return grams.values().stream().mapToLong(s -> s.getOrDefault(sector, 0L)).sum();
  }

  /** All grams over every zone and sector. */
  public long total() {
    return grams.keySet().stream().mapToLong(this::total).sum();
  }
}

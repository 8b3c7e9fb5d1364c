package org.scopeplus.core.city.monitor;

import java.time.LocalDate;
import java.util.Map;

/**
 * The estimate of one day: grams CO2e per sector that had a proxy that day, their sum, and the
 * two-sigma uncertainty of the sum (the sectors' ranges combined in quadrature, as independent).
 */
public record DailyEstimate(
    LocalDate day, Map<MonitoredSector, Long> grams, long total, long uncertaintyGrams) {
  public DailyEstimate {
    grams = Map.copyOf(grams);
  }

  /** The lower end of the range, never below zero. */
  public long low() {
    return Math.max(0, total - uncertaintyGrams);
  }

  public long high() {
    return total + uncertaintyGrams;
  }
}

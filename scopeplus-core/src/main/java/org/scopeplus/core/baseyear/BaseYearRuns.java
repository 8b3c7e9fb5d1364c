package org.scopeplus.core.baseyear;

import java.util.Optional;

/**
 * The calculation runs a base year can be stated by, as a store keeps them: which year each run
 * covers and its total.
 */
public interface BaseYearRuns {

  /** The run's reporting period, or empty when the tenant has no such run. */
  Optional<RunPeriod> period(String tenantId, String runId);

  /**
   * The run's total, grams CO2e: Scope 1 + Scope 2 (location-based) + Scope 3, the total the
   * significance test compares.
   */
  long totalGrams(String tenantId, String runId);

  /**
   * The reporting period a run covers.
   *
   * @param name the period's name, e.g. {@code FY2024}
   * @param year the calendar year the period starts in
   */
  record RunPeriod(String name, int year) {}
}

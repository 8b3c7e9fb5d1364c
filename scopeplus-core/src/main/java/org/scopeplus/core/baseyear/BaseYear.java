package org.scopeplus.core.baseyear;

import java.time.Instant;

/**
 * A tenant's base year: the run whose emissions later years are compared with, and the share of
 * change that makes a restatement necessary.
 *
 * @param tenantId the tenant
 * @param year the base year
 * @param runId the run that currently states the base-year emissions
 * @param threshold the significance threshold, e.g. 0.05 for 5%
 * @param setBy who set it
 * @param setAt when
 */
public record BaseYear(
    String tenantId, int year, String runId, double threshold, String setBy, Instant setAt) {

  /**
   * The default significance threshold, 5% of the base-year total. The GHG Protocol Corporate
   * Standard (chapter 5) leaves the threshold to each company's recalculation policy; 5% is the one
   * the Science Based Targets initiative names for a mandatory recalculation (SBTi Criteria and
   * Recommendations for Near-Term Targets v5.1, "Mandatory target recalculation"; the Corporate
   * Net-Zero Standard's criteria likewise).
   */
  public static final double DEFAULT_THRESHOLD = 0.05;

  public String state() {
    return "year=" + year + "\nrun=" + runId + "\nthreshold=" + threshold;
  }
}

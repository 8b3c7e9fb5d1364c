package org.scopeplus.store.baseyear;

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

  /** The threshold the GHG Protocol's examples use, and the default. */
  public static final double DEFAULT_THRESHOLD = 0.05;

  public String state() {
    return "year=" + year + "\nrun=" + runId + "\nthreshold=" + threshold;
  }
}

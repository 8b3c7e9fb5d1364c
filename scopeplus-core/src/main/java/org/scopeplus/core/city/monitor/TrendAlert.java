package org.scopeplus.core.city.monitor;

import java.time.LocalDate;

/**
 * A sector's day that departs from its trend: its grams, the mean and standard deviation of the
 * window of days before it, and the z-score {@code (grams - mean) / sd}.
 */
public record TrendAlert(
    LocalDate day, MonitoredSector sector, long grams, double mean, double sd, double z) {}

package org.scopeplus.core.targets;

/**
 * One year of a target: where the pathway is, the actual value where there is one, and the gap.
 *
 * @param year the year
 * @param pathway the pathway's value
 * @param actual the actual value, or null for a year without one
 * @param gap actual - pathway, or null; above zero is behind for a falling target and ahead for a
 *     rising one
 * @param status on track when the actual is at or better than the pathway
 */
public record YearProgress(int year, double pathway, Double actual, Double gap, Status status) {}

package org.scopeplus.core.city.targets;

import org.scopeplus.core.targets.Status;

/**
 * One year of a city target.
 *
 * @param year the year
 * @param pathway the pathway's value, or null where a peak target has no cap
 * @param actual the actual value, or null
 * @param gap actual - pathway, or null; above zero is behind
 * @param projection the projected value for a year after the last actual (and the last actual
 *     itself, so the line joins), or null
 * @param status on track when the actual is at or below the pathway; no data without an actual or a
 *     pathway
 */
public record CityYear(
    int year, Double pathway, Double actual, Double gap, Double projection, Status status) {}

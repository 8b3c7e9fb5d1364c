package org.scopeplus.core.city.monitor;

import java.time.LocalDate;

/**
 * The year to date against the same days of last year: 1 January to {@code asOf} this year, 1
 * January to the same month and day last year (28 February for a 29 February).
 *
 * @param change the relative change, {@code (grams - lastYearGrams) / lastYearGrams}; NaN when last
 *     year has no grams
 */
public record YearToDate(
    LocalDate asOf, long grams, int days, long lastYearGrams, int lastYearDays, double change) {}

package org.scopeplus.store.run;

import org.scopeplus.core.inventory.Totals;

/**
 * How one item differs between two runs, in grams CO2e.
 *
 * @param dimension scope, scope3-category, org-unit, factor, or another result dimension
 * @param item the item
 * @param before the first run's totals for it (zero when absent there)
 * @param after the second run's totals for it (zero when absent there)
 * @param locationDifference after minus before, location-based total
 * @param marketDifference after minus before, market-based total
 */
public record RunDifference(
    String dimension,
    String item,
    Totals before,
    Totals after,
    long locationDifference,
    long marketDifference) {}

package org.scopeplus.core.supplier;

import java.util.SortedMap;

/**
 * One registered supplier's purchases in one year.
 *
 * @param supplier the supplier
 * @param status its target status in the year
 * @param maturity the weakest data maturity among its purchase lines of the year
 * @param tier the first label tier it qualifies for, or "" for none
 * @param grams grams CO2e of its purchases
 * @param spend its spend by currency (purchases measured in money only)
 */
public record SupplierYear(
    Supplier supplier,
    TargetStatus status,
    DataMaturity maturity,
    String tier,
    long grams,
    SortedMap<String, Double> spend) {}

package org.scopeplus.core.scope3plus;

/**
 * Grams avoided in one cell of the aggregates.
 *
 * @param programme the programme
 * @param action the action type
 * @param region the region
 * @param month {@code yyyy-MM}
 * @param events events counted
 * @param grams grams CO2e avoided
 * @param weakGrams the part of {@code grams} that rests on a secondary or unchecked value
 */
public record AggregateRow(
    String programme,
    String action,
    String region,
    String month,
    long events,
    long grams,
    long weakGrams) {}

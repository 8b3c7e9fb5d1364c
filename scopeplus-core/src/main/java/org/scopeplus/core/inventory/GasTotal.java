package org.scopeplus.core.inventory;

/**
 * The emissions of one gas group.
 *
 * @param co2eLocation grams CO2e counted in the location-based total
 * @param co2eMarket grams CO2e counted in the market-based total
 * @param massLocation grams of the gas itself in the location-based total (for CO2e-only factors,
 *     grams CO2e)
 */
public record GasTotal(long co2eLocation, long co2eMarket, long massLocation) {}

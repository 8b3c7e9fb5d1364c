package org.scopeplus.core.instrument;

/**
 * One consumption line's Scope 2 by both methods, with the market-based choice in words.
 *
 * @param consumption the line
 * @param coveredKwh kWh covered by instruments
 * @param locationGrams location-based, grams CO2e
 * @param marketGrams market-based, grams CO2e
 * @param trace the hierarchy step taken for each part, and why market-based exceeds location-based
 *     where it does
 */
public record MarketBasedLine(
    Consumption consumption, long coveredKwh, long locationGrams, long marketGrams, String trace) {}

package org.scopeplus.core.instrument;

/**
 * MWh of an instrument claimed for a facility's consumption in a month.
 *
 * @param instrumentId the instrument
 * @param facility the facility
 * @param month the month, e.g. {@code 2025-03}
 * @param mwh MWh claimed
 */
public record Allocation(
    String instrumentId, String facility, java.time.YearMonth month, double mwh) {}

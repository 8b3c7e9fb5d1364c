package org.scopeplus.core.exchange;

/**
 * One result line of a calculation run as a product footprint reads it.
 *
 * @param scope 1, 2 or 3
 * @param method LOCATION, MARKET or NOT_APPLICABLE (Scope 2 lines come in both methods)
 * @param biogenic true for biogenic CO2
 * @param co2eGrams grams CO2e of the line
 * @param primary true when the line rests on primary data: the company's own activity data (Scopes
 *     1 and 2) or a supplier-specific factor
 * @param technological the line's technological data-quality score 1-5, or 0 when not scored
 * @param geographical the line's geographical score, or 0
 * @param temporal the line's temporal score, or 0
 */
public record FootprintLine(
    int scope,
    String method,
    boolean biogenic,
    long co2eGrams,
    boolean primary,
    int technological,
    int geographical,
    int temporal) {}

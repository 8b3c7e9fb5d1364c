package org.scopeplus.core.disclosure;

import org.scopeplus.core.calculation.Scope2Method;

/**
 * The exact sum of the run's lines that share every attribute the report breaks figures down by:
 * the report's data pack lists these, and each figure of the report is a sum of some of them. A
 * verifier walks on from a group to its lines in the run's trace.
 *
 * @param businessUnit the business unit (org unit one level below the root, or the root itself)
 * @param activityType the activity type key
 * @param method the calculation method
 * @param scope 1, 2 or 3
 * @param category Scope 3 category, 0 for Scopes 1 and 2
 * @param scope2Method LOCATION, MARKET or NOT_APPLICABLE
 * @param gas the gas id
 * @param slot 0 Scope 1, 1 Scope 2 location, 2 Scope 2 market, 3 Scope 3, 4 biogenic, 5 memo
 * @param primary the lines rest on primary data
 * @param ets the lines come from facilities a regulated ETS covers
 * @param factorId the factor id ("" when supplied)
 * @param factorSource the factor's source
 * @param grams grams CO2e, the exact sum
 * @param lines how many lines
 * @param gasGrams grams of the gas itself (its mass), the exact sum
 */
public record LineGroup(
    String businessUnit,
    String activityType,
    String method,
    int scope,
    int category,
    Scope2Method scope2Method,
    String gas,
    int slot,
    boolean primary,
    boolean ets,
    String factorId,
    String factorSource,
    long grams,
    long lines,
    long gasGrams) {

  /** The slot's name as the data pack writes it. */
  public String slotName() {
    return SLOT_NAMES[slot];
  }

  /** Names of the six slots, in slot order. */
  public static final String[] SLOT_NAMES = {
    "scope-1", "scope-2-location", "scope-2-market", "scope-3", "biogenic-co2", "montreal-memo"
  };
}

package org.scopeplus.core.scope3plus;

/**
 * An event judged on its own, before any state is read: {@link Valid}, with the grams its
 * methodology gives, or {@link Verdict.Refused} by a check that needs no state.
 */
public sealed interface Assessment permits Assessment.Valid, Verdict.Refused {

  /**
   * The event passed every check that needs no state.
   *
   * @param methodology index of its methodology in the catalog
   * @param epochDay its UTC epoch day
   * @param grams grams CO2e avoided, rounded once, half-even
   */
  record Valid(int methodology, int epochDay, long grams) implements Assessment {}
}

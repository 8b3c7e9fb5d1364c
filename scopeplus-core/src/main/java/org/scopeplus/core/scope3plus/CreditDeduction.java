package org.scopeplus.core.scope3plus;

import java.util.Objects;

/**
 * Carbon credits sold out of a programme's activity (e.g. tonnes traded on a mobility exchange):
 * deducted from the programme's Scope 3+ claim so the same tonne is not claimed twice. Each
 * reference (a registry serial range) is deducted once.
 *
 * @param programme the programme whose activity generated the credits
 * @param monthIndex the month the deduction applies to ({@link UtcCalendar#monthIndex})
 * @param grams grams CO2e sold (whole tonnes x 10^6)
 * @param reference the registry serial range or trade reference
 */
public record CreditDeduction(String programme, int monthIndex, long grams, String reference) {
  public CreditDeduction {
    Objects.requireNonNull(programme, "programme");
    Objects.requireNonNull(reference, "reference");
    if (reference.isBlank()) {
      throw new IllegalArgumentException(
          "a deduction names its registry serial or trade reference");
    }
    if (grams <= 0) {
      throw new IllegalArgumentException("a deduction is a positive amount");
    }
  }
}

package org.scopeplus.core.disclosure;

import java.util.List;
import java.util.Objects;

/**
 * One figure of a ledger kept beside the inventory (targets, renewable electricity, carbon credits,
 * the neutrality claim, Scope 3+ avoided emissions): reported in its own section, never added to or
 * subtracted from the inventory's totals.
 *
 * @param ledger {@code targets}, {@code renewables}, {@code credits}, {@code claim} or {@code
 *     scope3plus}
 * @param label what the figure is, in English or the user's words (a target's name, a methodology)
 * @param value the amount
 * @param unit its unit, e.g. {@code t CO2e}, {@code %}
 * @param labelKey the report's words for the label ({@code ledger.label.<labelKey>}, with {@code
 *     labelArgs} put in), so a report in another language says it in its own; "" when the label is
 *     the user's words only
 * @param labelArgs the words put into the label (a target's name, a year), as text
 */
public record LedgerEntry(
    String ledger,
    String label,
    double value,
    String unit,
    String labelKey,
    List<String> labelArgs) {

  public LedgerEntry {
    Objects.requireNonNull(ledger, "ledger");
    Objects.requireNonNull(label, "label");
    unit = unit == null ? "" : unit;
    labelKey = labelKey == null ? "" : labelKey;
    labelArgs = labelArgs == null ? List.of() : List.copyOf(labelArgs);
    if (!Double.isFinite(value)) {
      throw new IllegalArgumentException(label + ": the value must be a finite number");
    }
  }

  /** A figure whose label is the user's words, the same in every language. */
  public LedgerEntry(String ledger, String label, double value, String unit) {
    this(ledger, label, value, unit, "", List.of());
  }
}

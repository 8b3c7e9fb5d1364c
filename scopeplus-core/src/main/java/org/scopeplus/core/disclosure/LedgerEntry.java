package org.scopeplus.core.disclosure;

import java.util.Objects;

/**
 * One figure of a ledger kept beside the inventory (targets, renewable electricity, carbon credits,
 * the neutrality claim, Scope 3+ avoided emissions): reported in its own section, never added to or
 * subtracted from the inventory's totals.
 *
 * @param ledger {@code targets}, {@code renewables}, {@code credits}, {@code claim} or {@code
 *     scope3plus}
 * @param label what the figure is, in the user's words (a target's name, a methodology)
 * @param value the amount
 * @param unit its unit, e.g. {@code t CO2e}, {@code %}
 */
public record LedgerEntry(String ledger, String label, double value, String unit) {

  public LedgerEntry {
    Objects.requireNonNull(ledger, "ledger");
    Objects.requireNonNull(label, "label");
    unit = unit == null ? "" : unit;
    if (!Double.isFinite(value)) {
      throw new IllegalArgumentException(label + ": the value must be a finite number");
    }
  }
}

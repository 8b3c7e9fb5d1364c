package org.scopeplus.core.city.ets;

/** What a change to the registry gave: done, or refused with its reason and nothing changed. */
public sealed interface EtsOutcome<T> {

  /** Done; {@code ledger} is the registry after the change. */
  record Done<T>(T value, EtsLedger ledger) implements EtsOutcome<T> {}

  /** Refused, with the reason; the registry is unchanged. */
  record Refused<T>(String reason) implements EtsOutcome<T> {}
}

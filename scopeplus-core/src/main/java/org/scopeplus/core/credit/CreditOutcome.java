package org.scopeplus.core.credit;

/** What a change to the credit ledger gave: done, or refused with nothing changed. */
public sealed interface CreditOutcome<T> {

  /** Done; {@code ledger} is the ledger after the change. */
  record Done<T>(T value, CreditLedger ledger) implements CreditOutcome<T> {}

  /** No such lot. */
  record NotFound<T>(String what) implements CreditOutcome<T> {}

  /** Refused, with the reason; the ledger is unchanged. */
  record Refused<T>(String reason) implements CreditOutcome<T> {}
}

package org.scopeplus.io.city.demo;

import java.util.function.BiFunction;
import org.scopeplus.core.city.ets.AllocationPlan;
import org.scopeplus.core.city.ets.EtsLedger;
import org.scopeplus.core.city.ets.EtsOutcome;
import org.scopeplus.core.city.ets.JournalEntry;
import org.scopeplus.core.city.ets.Verification;

/**
 * One operation of the demo city's emissions-trading registry, in the registry's own terms: an
 * account opened, an allocation plan or a verification recorded, or a journal entry decided by the
 * ledger (pre-allocation, true-up, CCER, transfer, surrender) from the ledger as it stands and the
 * entry's id.
 */
public sealed interface DemoEtsStep {

  /** An enterprise's account opened. */
  record Open(String id, String name) implements DemoEtsStep {}

  /** An allocation plan recorded. */
  record Plan(AllocationPlan plan) implements DemoEtsStep {}

  /** Verified emissions and output recorded. */
  record Verify(Verification verification) implements DemoEtsStep {}

  /** A journal entry, described by {@code what}, that the ledger decides. */
  record Entry(String what, BiFunction<EtsLedger, String, EtsOutcome<JournalEntry>> decide)
      implements DemoEtsStep {}
}

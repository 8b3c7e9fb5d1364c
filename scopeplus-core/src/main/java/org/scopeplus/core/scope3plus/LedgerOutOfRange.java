package org.scopeplus.core.scope3plus;

import java.util.List;

/**
 * The ledger's stored log holds more grams or points than exact whole numbers can sum (counted
 * before plausibility bounds existed): its totals, accounts and leaderboard would be wrong, so they
 * are refused until the wrongly counted events are reversed. New events are refused meanwhile as
 * {@link RejectionReason#OUT_OF_RANGE}.
 */
public final class LedgerOutOfRange extends RuntimeException {

  private final List<String> suspectEvents;

  LedgerOutOfRange(List<String> suspectEvents) {
    super(
        "the ledger's sums of grams or points are beyond the range of exact whole numbers"
            + (suspectEvents.isEmpty()
                ? ""
                : "; events beyond any plausible size: " + String.join(", ", suspectEvents))
            + "; reverse the wrongly counted events");
    this.suspectEvents = List.copyOf(suspectEvents);
  }

  /** Ids of counted events whose grams or points alone are beyond a plausible size. */
  public List<String> suspectEvents() {
    return suspectEvents;
  }
}

package org.scopeplus.store.audit;

import java.util.ArrayList;
import java.util.List;
import org.scopeplus.core.problem.ProblemTally;

/**
 * The broken entries a check finds, under the rule every problem list follows: the first {@link
 * ProblemTally#configuredLimit()} in full, in the order they were found, and every one counted.
 */
public final class BrokenEntries {

  private final List<BrokenEntry> listed = new ArrayList<>();
  private long count;

  public void add(long seq, String reason) {
    count++;
    if (listed.size() < ProblemTally.configuredLimit()) {
      listed.add(new BrokenEntry(seq, reason));
    }
  }

  /** How many were found in all. */
  public long count() {
    return count;
  }

  /**
   * What the check of {@code entries} entries of the tenant found: intact when nothing was added,
   * otherwise broken at the first entry found, with the sentence of that entry.
   */
  public ChainVerification verification(String tenantId, long entries) {
    if (count == 0) {
      return new ChainVerification(
          tenantId,
          entries,
          true,
          0,
          "the audit chain is intact (" + entries + " entries)",
          0,
          List.of());
    }
    BrokenEntry first = listed.get(0);
    String message =
        count == 1
            ? first.reason()
            : count + " problems found, every one listed; the first: " + first.reason();
    return new ChainVerification(tenantId, entries, false, first.seq(), message, count, listed);
  }
}

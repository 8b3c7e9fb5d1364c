package org.scopeplus.core.city.monitor;

import java.util.List;

/** What estimating daily emissions gave: the days in order, or the reason it could not. */
public sealed interface DailyOutcome {

  /** The estimates, one per day with at least one sector's proxy, oldest first. */
  record Estimated(List<DailyEstimate> days) implements DailyOutcome {
    public Estimated {
      days = List.copyOf(days);
    }
  }

  /** The input could not be estimated; {@code reason} says why in a sentence. */
  record Refused(String reason) implements DailyOutcome {}
}

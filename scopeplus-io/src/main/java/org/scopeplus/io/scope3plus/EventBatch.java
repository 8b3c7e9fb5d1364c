package org.scopeplus.io.scope3plus;

import org.scopeplus.core.scope3plus.EventSlots;
import org.scopeplus.core.scope3plus.Ledger;

/**
 * Up to {@link Ledger#BATCH} consecutive lines of a file, parsed: each with its event, whether it
 * was malformed, its line number and the position after it. Valid until the sink returns.
 */
public final class EventBatch {
  public final EventSlots[] events = new EventSlots[Ledger.BATCH];
  public final boolean[] malformed = new boolean[Ledger.BATCH];
  public final long[] lines = new long[Ledger.BATCH];
  public final long[] positions = new long[Ledger.BATCH];
  public int size;

  EventBatch() {
    for (int i = 0; i < events.length; i++) {
      events[i] = new EventSlots();
    }
  }

  /** Receives batches from a reader. */
  public interface Sink {
    void batch(EventBatch batch);
  }
}

package org.scopeplus.io.scope3plus;

import org.scopeplus.core.scope3plus.Ledger;
import org.scopeplus.core.scope3plus.RawEvent;

/**
 * Up to {@link Ledger#BATCH} consecutive lines of a file, parsed: each with its event, whether it
 * was malformed, its line number and the position after it. Valid until the sink returns.
 */
public final class EventBatch {
  public final RawEvent[] events = new RawEvent[Ledger.BATCH];
  public final boolean[] malformed = new boolean[Ledger.BATCH];
  public final long[] lines = new long[Ledger.BATCH];
  public final long[] positions = new long[Ledger.BATCH];
  public int size;

  EventBatch() {
    for (int i = 0; i < events.length; i++) {
      events[i] = new RawEvent();
    }
  }

  /** Receives batches from a reader. */
  public interface Sink {
    void batch(EventBatch batch);
  }
}

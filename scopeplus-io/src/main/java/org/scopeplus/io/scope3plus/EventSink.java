package org.scopeplus.io.scope3plus;

import org.scopeplus.core.scope3plus.RawEvent;

/** Receives events from a reader, with where the reader stands after each one. */
public interface EventSink {
  /**
   * One event parsed from a line or record.
   *
   * @param event the event's fields (reused for the next event)
   * @param line the 1-based line (NDJSON) or row (CSV, header is row 1)
   * @param position where to resume after this event (byte offset or records read)
   */
  void event(RawEvent event, long line, long position);

  /** A line or record that is not an event of the expected format. */
  void malformed(long line, long position);
}

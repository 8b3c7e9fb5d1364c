package org.scopeplus.flink;

import org.apache.flink.api.common.typeinfo.Types;
import org.apache.flink.util.OutputTag;

/**
 * Keyed by event id: the first valid delivery of an id (in event-time, then id order) goes on to be
 * judged; every later delivery goes to {@link #REDELIVERED} and takes the first one's outcome (see
 * {@link ResolvingRedeliveries}). The set of ids is exact, one boolean of keyed state per id,
 * checkpointed with the job.
 */
final class DeduplicatingEventIds extends FirstOfEachKey<Boolean> {

  static final OutputTag<String> REDELIVERED = new OutputTag<>("redelivered", Types.STRING);

  DeduplicatingEventIds() {
    super("seen", Types.BOOLEAN);
  }

  @Override
  Boolean first(ValidEvent e) {
    // One delivery per id from here on: (time, id) orders alone, the line need not travel.
    e.line = "";
    return true;
  }

  @Override
  void later(ValidEvent e, Context context) {
    context.output(REDELIVERED, e.id);
  }
}

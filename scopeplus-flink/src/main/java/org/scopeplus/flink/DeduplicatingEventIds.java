package org.scopeplus.flink;

import org.apache.flink.api.common.functions.OpenContext;
import org.apache.flink.api.common.state.ValueState;
import org.apache.flink.api.common.state.ValueStateDescriptor;
import org.apache.flink.api.common.typeinfo.Types;
import org.apache.flink.util.Collector;
import org.apache.flink.util.OutputTag;

/**
 * Keyed by event id: the first valid delivery of an id (in event-time, then id order) goes on to be
 * judged; every later delivery goes to {@link #REDELIVERED} and takes the first one's outcome (see
 * {@link ResolvingRedeliveries}). The set of ids is exact, one boolean of keyed state per id,
 * checkpointed with the job.
 */
final class DeduplicatingEventIds extends EventTimeOrdered<ValidEvent> {

  static final OutputTag<String> REDELIVERED = new OutputTag<>("redelivered", Types.STRING);

  private transient ValueState<Boolean> seen;

  @Override
  public void open(OpenContext context) throws Exception {
    super.open(context);
    seen = getRuntimeContext().getState(new ValueStateDescriptor<>("seen", Types.BOOLEAN));
  }

  @Override
  void decide(ValidEvent e, Context context, Collector<ValidEvent> out) throws Exception {
    if (seen.value() == null) {
      seen.update(true);
      // One delivery per id from here on: (time, id) orders alone, the line need not travel.
      e.line = "";
      out.collect(e);
    } else {
      context.output(REDELIVERED, e.id);
    }
  }
}

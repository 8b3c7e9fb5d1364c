package org.scopeplus.flink;

import org.apache.flink.api.common.functions.OpenContext;
import org.apache.flink.api.common.state.ValueState;
import org.apache.flink.api.common.state.ValueStateDescriptor;
import org.apache.flink.api.common.typeinfo.Types;
import org.apache.flink.streaming.api.functions.co.KeyedCoProcessFunction;
import org.apache.flink.util.Collector;
import org.scopeplus.core.ecosystem.RejectionReason;

/**
 * Keyed by event id: joins the outcome of an id's first delivery (first input: counted or refused
 * by claim or cap) with its later deliveries (second input). A later delivery of a counted event is
 * refused as {@link RejectionReason#DUPLICATE_EVENT}; of a refused one, for the same reason, as the
 * embedded ledger decides an identical delivery right after the first. Deliveries that come before
 * the outcome wait in keyed state.
 */
final class ResolvingRedeliveries extends KeyedCoProcessFunction<String, Verdict, String, Verdict> {

  private transient ValueState<String> outcome;
  private transient ValueState<Long> waiting;

  @Override
  public void open(OpenContext context) {
    outcome = getRuntimeContext().getState(new ValueStateDescriptor<>("outcome", Types.STRING));
    waiting = getRuntimeContext().getState(new ValueStateDescriptor<>("waiting", Types.LONG));
  }

  @Override
  public void processElement1(Verdict first, Context context, Collector<Verdict> out)
      throws Exception {
    outcome.update(first.reason);
    Long n = waiting.value();
    if (n != null) {
      for (long i = 0; i < n; i++) {
        out.collect(later(first.eventId, first.reason));
      }
      waiting.clear();
    }
  }

  @Override
  public void processElement2(String eventId, Context context, Collector<Verdict> out)
      throws Exception {
    String first = outcome.value();
    if (first != null) {
      out.collect(later(eventId, first));
    } else {
      Long n = waiting.value();
      waiting.update(n == null ? 1 : n + 1);
    }
  }

  private static Verdict later(String eventId, String firstReason) {
    return Verdict.of(
        eventId, firstReason.isEmpty() ? RejectionReason.DUPLICATE_EVENT.name() : firstReason);
  }
}

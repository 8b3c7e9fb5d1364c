package org.scopeplus.flink.scope3plus;

import java.util.ArrayList;
import java.util.List;
import org.apache.flink.api.common.functions.OpenContext;
import org.apache.flink.api.common.state.MapState;
import org.apache.flink.api.common.state.MapStateDescriptor;
import org.apache.flink.api.common.typeinfo.Types;
import org.apache.flink.streaming.api.functions.KeyedProcessFunction;
import org.apache.flink.util.Collector;

/**
 * A keyed stage that decides the events of each key in event-time order, then by event id (then by
 * the line, for two different deliveries of one id at one instant): an event waits in keyed state
 * until the watermark passes its time, and all events of one instant are sorted before they are
 * decided. An event that arrives when the watermark has already passed its time (later than the
 * allowed out-of-orderness) is decided at once, in arrival order. In batch execution the watermark
 * passes only when a key's input ends, so every key is decided in full order.
 *
 * @param <O> what the stage emits
 */
abstract class EventTimeOrdered<O> extends KeyedProcessFunction<String, ValidEvent, O> {

  private transient MapState<Long, List<ValidEvent>> waiting;

  @Override
  public void open(OpenContext context) throws Exception {
    waiting =
        getRuntimeContext()
            .getMapState(
                new MapStateDescriptor<>(
                    "waiting", Types.LONG, Types.LIST(Types.POJO(ValidEvent.class))));
  }

  @Override
  public final void processElement(ValidEvent e, Context context, Collector<O> out)
      throws Exception {
    arrived(e, context);
    long time = e.timestamp();
    if (time <= context.timerService().currentWatermark()) {
      decide(e, context, out);
      return;
    }
    List<ValidEvent> at = waiting.get(time);
    if (at == null) {
      at = new ArrayList<>(1);
      context.timerService().registerEventTimeTimer(time);
    }
    at.add(e);
    waiting.put(time, at);
  }

  @Override
  public void onTimer(long time, OnTimerContext context, Collector<O> out) throws Exception {
    List<ValidEvent> at = waiting.get(time);
    if (at == null) {
      return;
    }
    waiting.remove(time);
    at.sort(ValidEvent::compare);
    for (ValidEvent e : at) {
      decide(e, context, out);
    }
  }

  /**
   * Called for each event as it arrives, before it waits; where to register timers for when the
   * input ends (batch execution does not fire timers registered while a key's timers fire).
   */
  void arrived(ValidEvent e, Context context) throws Exception {}

  /** Decides one event; called in the order described above. */
  abstract void decide(ValidEvent e, Context context, Collector<O> out) throws Exception;
}

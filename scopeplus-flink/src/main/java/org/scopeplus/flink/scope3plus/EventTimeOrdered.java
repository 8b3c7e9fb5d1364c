package org.scopeplus.flink.scope3plus;

import java.util.ArrayList;
import java.util.List;
import org.apache.flink.api.common.functions.OpenContext;
import org.apache.flink.api.common.state.MapState;
import org.apache.flink.api.common.state.MapStateDescriptor;
import org.apache.flink.api.common.typeinfo.Types;
import org.apache.flink.api.java.tuple.Tuple2;
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
 * <p>A waiting event is one entry of its own, (time, place among the events of that time), beside a
 * count per time: an arrival writes one event and one count whatever the number of events already
 * waiting at its time (at thousands of events per second of event time, all share their second),
 * and the timer reads each event once.
 *
 * @param <O> what the stage emits
 */
abstract class EventTimeOrdered<O> extends KeyedProcessFunction<String, ValidEvent, O> {

  private transient MapState<Tuple2<Long, Integer>, ValidEvent> waiting;
  private transient MapState<Long, Integer> waitingAt;

  @Override
  public void open(OpenContext context) throws Exception {
    waiting =
        getRuntimeContext()
            .getMapState(
                new MapStateDescriptor<>(
                    "waiting-events",
                    Types.TUPLE(Types.LONG, Types.INT),
                    Types.POJO(ValidEvent.class)));
    waitingAt =
        getRuntimeContext()
            .getMapState(new MapStateDescriptor<>("waiting-counts", Types.LONG, Types.INT));
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
    Integer waitingBefore = waitingAt.get(time);
    int place = waitingBefore == null ? 0 : waitingBefore;
    if (place == 0) {
      context.timerService().registerEventTimeTimer(time);
    }
    waiting.put(Tuple2.of(time, place), e);
    waitingAt.put(time, place + 1);
  }

  @Override
  public void onTimer(long time, OnTimerContext context, Collector<O> out) throws Exception {
    Integer count = waitingAt.get(time);
    if (count == null) {
      return;
    }
    waitingAt.remove(time);
    List<ValidEvent> at = new ArrayList<>(count);
    for (int place = 0; place < count; place++) {
      Tuple2<Long, Integer> key = Tuple2.of(time, place);
      at.add(waiting.get(key));
      waiting.remove(key);
    }
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

package org.scopeplus.flink.scope3plus;

import org.apache.flink.api.common.functions.OpenContext;
import org.apache.flink.api.common.state.ValueState;
import org.apache.flink.api.common.state.ValueStateDescriptor;
import org.apache.flink.api.common.typeinfo.Types;
import org.apache.flink.streaming.api.functions.KeyedProcessFunction;
import org.apache.flink.util.Collector;

/**
 * A keyed stage that adds its input into one result line per key, kept in keyed state under the
 * stage's name, and emits the line when the input ends.
 *
 * @param <I> what is added
 */
abstract class SummingToTheEnd<I> extends KeyedProcessFunction<String, I, ResultLine> {

  private final String stateName;
  private transient ValueState<ResultLine> sum;

  SummingToTheEnd(String stateName) {
    this.stateName = stateName;
  }

  @Override
  public void open(OpenContext context) {
    sum =
        getRuntimeContext()
            .getState(new ValueStateDescriptor<>(stateName, Types.POJO(ResultLine.class)));
  }

  @Override
  public final void processElement(I in, Context context, Collector<ResultLine> out)
      throws Exception {
    ResultLine s = sum.value();
    if (s == null) {
      s = start(in);
      context.timerService().registerEventTimeTimer(Long.MAX_VALUE);
    }
    add(s, in);
    sum.update(s);
  }

  @Override
  public final void onTimer(long time, OnTimerContext context, Collector<ResultLine> out)
      throws Exception {
    ResultLine s = sum.value();
    finish(s);
    out.collect(s);
  }

  /** Completes the key's line once everything was added (nothing by default). */
  void finish(ResultLine sum) {}

  /** The key's line at zero, from its first input. */
  abstract ResultLine start(I first);

  /** Adds one input into the key's line. */
  abstract void add(ResultLine sum, I in);
}

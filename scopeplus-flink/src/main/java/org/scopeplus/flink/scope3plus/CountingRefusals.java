package org.scopeplus.flink.scope3plus;

import org.apache.flink.api.common.functions.OpenContext;
import org.apache.flink.api.common.state.ValueState;
import org.apache.flink.api.common.state.ValueStateDescriptor;
import org.apache.flink.api.common.typeinfo.Types;
import org.apache.flink.streaming.api.functions.KeyedProcessFunction;
import org.apache.flink.util.Collector;

/** Keyed by refusal reason: counts refusals and emits the count when the input ends. */
final class CountingRefusals extends KeyedProcessFunction<String, Outcome, ResultLine> {

  private transient ValueState<Long> count;

  @Override
  public void open(OpenContext context) {
    count = getRuntimeContext().getState(new ValueStateDescriptor<>("count", Types.LONG));
  }

  @Override
  public void processElement(Outcome v, Context context, Collector<ResultLine> out)
      throws Exception {
    Long n = count.value();
    if (n == null) {
      n = 0L;
      context.timerService().registerEventTimeTimer(Long.MAX_VALUE);
    }
    count.update(n + 1);
  }

  @Override
  public void onTimer(long time, OnTimerContext context, Collector<ResultLine> out)
      throws Exception {
    out.collect(ResultLine.refusal(context.getCurrentKey(), count.value()));
  }
}

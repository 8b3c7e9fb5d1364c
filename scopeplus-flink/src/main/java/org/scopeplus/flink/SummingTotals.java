package org.scopeplus.flink;

import org.apache.flink.api.common.functions.OpenContext;
import org.apache.flink.api.common.state.ValueState;
import org.apache.flink.api.common.state.ValueStateDescriptor;
import org.apache.flink.api.common.typeinfo.Types;
import org.apache.flink.streaming.api.functions.KeyedProcessFunction;
import org.apache.flink.util.Collector;

/**
 * One key for the whole job: adds the aggregate cells and refusal counts into the totals line
 * (events counted and refused, gross and weak grams) and emits it when the input ends.
 */
final class SummingTotals extends KeyedProcessFunction<String, ResultLine, ResultLine> {

  static final String KEY = "totals";

  private final String catalogVersion;
  private transient ValueState<ResultLine> totals;

  SummingTotals(String catalogVersion) {
    this.catalogVersion = catalogVersion;
  }

  @Override
  public void open(OpenContext context) {
    totals =
        getRuntimeContext()
            .getState(new ValueStateDescriptor<>("totals", Types.POJO(ResultLine.class)));
  }

  @Override
  public void processElement(ResultLine line, Context context, Collector<ResultLine> out)
      throws Exception {
    ResultLine t = totals.value();
    if (t == null) {
      t = new ResultLine();
      t.kind = ResultLine.TOTALS;
      t.catalogVersion = catalogVersion;
      context.timerService().registerEventTimeTimer(Long.MAX_VALUE);
    }
    if (ResultLine.AGGREGATES.equals(line.kind)) {
      t.events += line.events;
      t.grams += line.grams;
      t.weakGrams += line.weakGrams;
    } else {
      t.refused += line.events;
    }
    totals.update(t);
  }

  @Override
  public void onTimer(long time, OnTimerContext context, Collector<ResultLine> out)
      throws Exception {
    out.collect(totals.value());
  }
}

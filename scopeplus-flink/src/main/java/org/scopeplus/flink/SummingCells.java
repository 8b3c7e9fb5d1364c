package org.scopeplus.flink;

import org.apache.flink.api.common.functions.OpenContext;
import org.apache.flink.api.common.state.ValueState;
import org.apache.flink.api.common.state.ValueStateDescriptor;
import org.apache.flink.api.common.typeinfo.Types;
import org.apache.flink.streaming.api.functions.KeyedProcessFunction;
import org.apache.flink.util.Collector;
import org.scopeplus.core.ecosystem.UtcCalendar;

/**
 * Keyed by aggregate cell (programme, action, region, month): sums events, grams and weak grams
 * with exact long addition and emits the cell when the input ends.
 */
final class SummingCells extends KeyedProcessFunction<String, ValidEvent, ResultLine> {

  private transient ValueState<ResultLine> cell;

  /** The key of an event's cell; each part is length-prefixed so no two cells share a key. */
  static String key(ValidEvent e) {
    String month = month(e);
    return e.programme.length()
        + ":"
        + e.programme
        + e.action.length()
        + ":"
        + e.action
        + e.region.length()
        + ":"
        + e.region
        + month;
  }

  private static String month(ValidEvent e) {
    return UtcCalendar.monthText(UtcCalendar.monthIndex(e.day));
  }

  @Override
  public void open(OpenContext context) {
    cell =
        getRuntimeContext()
            .getState(new ValueStateDescriptor<>("cell", Types.POJO(ResultLine.class)));
  }

  @Override
  public void processElement(ValidEvent e, Context context, Collector<ResultLine> out)
      throws Exception {
    ResultLine c = cell.value();
    if (c == null) {
      c = ResultLine.aggregate(e.programme, e.action, e.region, month(e), 0);
      context.timerService().registerEventTimeTimer(Long.MAX_VALUE);
    }
    c.events++;
    c.grams += e.grams;
    c.weakGrams += e.weak ? e.grams : 0;
    cell.update(c);
  }

  @Override
  public void onTimer(long time, OnTimerContext context, Collector<ResultLine> out)
      throws Exception {
    out.collect(cell.value());
  }
}

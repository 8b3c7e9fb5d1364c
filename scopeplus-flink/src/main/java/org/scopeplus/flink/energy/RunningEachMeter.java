package org.scopeplus.flink.energy;

import java.util.ArrayList;
import java.util.List;
import org.apache.flink.api.common.functions.OpenContext;
import org.apache.flink.api.common.state.ListState;
import org.apache.flink.api.common.state.ListStateDescriptor;
import org.apache.flink.api.common.state.ValueState;
import org.apache.flink.api.common.state.ValueStateDescriptor;
import org.apache.flink.api.common.typeinfo.Types;
import org.apache.flink.streaming.api.functions.KeyedProcessFunction;
import org.apache.flink.util.Collector;
import org.scopeplus.energy.batch.NightlyBatch;

/**
 * The keyed stage, keyed by meter id: keeps a meter's rows in keyed state (in batch execution only
 * the current meter's), and when its input ends assembles them ({@link MeterSeries}) with the
 * meter's own time zone, tariff and grid factor ({@link MeterSeries.SitesByMeter}), runs the
 * embedded batch's step on it ({@link NightlyBatch#run(NightlyBatch.Meter,
 * org.scopeplus.energy.suggest.Suggestions.Options, java.util.function.LongSupplier)}) and emits
 * its result line.
 */
final class RunningEachMeter extends KeyedProcessFunction<String, MeterRow, String> {

  private static final long serialVersionUID = 1L;

  private final NightlySettings settings;
  private transient MeterSeries.SitesByMeter sites;
  private transient ListState<MeterRow> rows;
  private transient ValueState<Long> count;

  RunningEachMeter(NightlySettings settings) {
    this.settings = settings;
  }

  @Override
  public void open(OpenContext context) {
    sites = new MeterSeries.SitesByMeter(settings);
    rows =
        getRuntimeContext()
            .getListState(new ListStateDescriptor<>("rows", Types.POJO(MeterRow.class)));
    count = getRuntimeContext().getState(new ValueStateDescriptor<>("row count", Types.LONG));
  }

  @Override
  public void processElement(MeterRow row, Context context, Collector<String> out)
      throws Exception {
    Long n = count.value();
    if (n == null) {
      n = 0L;
      context.timerService().registerEventTimeTimer(Long.MAX_VALUE);
    }
    count.update(n + 1);
    if (n < MeterSeries.MAX_ROWS) {
      rows.add(row);
    }
  }

  @Override
  public void onTimer(long time, OnTimerContext context, Collector<String> out) throws Exception {
    String id = context.getCurrentKey();
    List<MeterRow> all = new ArrayList<>();
    rows.get().forEach(all::add);
    long n = count.value();
    rows.clear();
    count.clear();
    MeterSeries.Sites own = sites.of(id);
    MeterSeries.Assembly assembly = MeterSeries.assemble(id, all, n, own);
    MeterResultLine line =
        assembly instanceof MeterSeries.Assembly.Assembled a
            ? MeterResultLine.of(
                NightlyBatch.run(a.meter(), settings.options(), () -> 0L),
                own.zone(),
                own.tariff().currency())
            : MeterResultLine.refused(id, ((MeterSeries.Assembly.Refused) assembly).reason());
    out.collect(line.toJson());
  }
}

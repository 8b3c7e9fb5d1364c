package org.scopeplus.flink;

import java.util.List;
import org.apache.flink.api.common.functions.OpenContext;
import org.apache.flink.api.common.state.MapState;
import org.apache.flink.api.common.state.MapStateDescriptor;
import org.apache.flink.api.common.state.ValueState;
import org.apache.flink.api.common.state.ValueStateDescriptor;
import org.apache.flink.api.common.typeinfo.Types;
import org.apache.flink.util.Collector;
import org.apache.flink.util.OutputTag;
import org.scopeplus.core.ecosystem.Methodology;
import org.scopeplus.core.ecosystem.PointsRates;
import org.scopeplus.core.ecosystem.RejectionReason;

/**
 * Keyed by actor: applies each methodology's daily cap (events per actor and UTC day, from the
 * methodology's {@link org.scopeplus.core.ecosystem.Eligibility}) in event-time then id order, then
 * counts the event into the actor's account (grams, points at the programme's rate, events). Capped
 * events go to {@link #CAPPED}, as do events whose grams or points would overflow the account
 * ({@code OUT_OF_RANGE}, its cap place not taken); accounts go to {@link #ACCOUNTS} when the input
 * ends.
 */
final class ApplyingCapsAndAccounts extends EventTimeOrdered<ValidEvent> {

  static final OutputTag<Verdict> CAPPED = new OutputTag<>("capped", Types.POJO(Verdict.class));
  static final OutputTag<ResultLine> ACCOUNTS =
      new OutputTag<>("accounts", Types.POJO(ResultLine.class));

  private final EcosystemSettings settings;
  private transient int[] dailyCap;
  private transient PointsRates rates;
  private transient MapState<Long, Integer> capCounts;
  private transient ValueState<ResultLine> account;

  ApplyingCapsAndAccounts(EcosystemSettings settings) {
    this.settings = settings;
  }

  @Override
  public void open(OpenContext context) throws Exception {
    super.open(context);
    List<Methodology> methodologies = settings.catalog().methodologies();
    dailyCap = new int[methodologies.size()];
    for (int i = 0; i < dailyCap.length; i++) {
      dailyCap[i] = methodologies.get(i).eligibility().maximumEventsPerActorDay();
    }
    rates = settings.pointsRates();
    capCounts =
        getRuntimeContext()
            .getMapState(new MapStateDescriptor<>("cap-counts", Types.LONG, Types.INT));
    account =
        getRuntimeContext()
            .getState(new ValueStateDescriptor<>("account", Types.POJO(ResultLine.class)));
  }

  @Override
  void arrived(ValidEvent e, Context context) {
    context.timerService().registerEventTimeTimer(Long.MAX_VALUE);
  }

  @Override
  void decide(ValidEvent e, Context context, Collector<ValidEvent> out) throws Exception {
    int cap = dailyCap[e.methodology];
    if (cap > 0) {
      long key = ((long) e.day << 10) | e.methodology;
      Integer n = capCounts.get(key);
      int count = n == null ? 0 : n;
      if (count >= cap) {
        context.output(CAPPED, Verdict.of(e.id, RejectionReason.DAILY_CAP_REACHED.name()));
        return;
      }
    }
    e.points = rates.points(e.programme, e.grams);
    ResultLine a = account.value();
    if (a == null) {
      a = ResultLine.account(e.actor, 0, 0, 0);
    }
    long grams;
    long points;
    try {
      grams = Math.addExact(a.grams, e.grams);
      points = Math.addExact(a.points, e.points);
    } catch (ArithmeticException overflow) {
      context.output(CAPPED, Verdict.of(e.id, RejectionReason.OUT_OF_RANGE.name()));
      return;
    }
    if (cap > 0) {
      long key = ((long) e.day << 10) | e.methodology;
      Integer n = capCounts.get(key);
      capCounts.put(key, (n == null ? 0 : n) + 1);
    }
    a.grams = grams;
    a.points = points;
    a.events++;
    account.update(a);
    out.collect(e);
  }

  @Override
  public void onTimer(long time, OnTimerContext context, Collector<ValidEvent> out)
      throws Exception {
    super.onTimer(time, context, out);
    if (time == Long.MAX_VALUE && account.value() != null) {
      context.output(ACCOUNTS, account.value());
    }
  }
}

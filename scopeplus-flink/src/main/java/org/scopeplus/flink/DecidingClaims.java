package org.scopeplus.flink;

import org.apache.flink.api.common.functions.OpenContext;
import org.apache.flink.api.common.state.ValueState;
import org.apache.flink.api.common.state.ValueStateDescriptor;
import org.apache.flink.api.common.typeinfo.Types;
import org.apache.flink.util.Collector;
import org.apache.flink.util.OutputTag;
import org.scopeplus.core.ecosystem.RejectionReason;

/**
 * Keyed by claim (the reference of the real-world action): the first event of a claim, in
 * event-time then id order, holds it; every later one is refused as {@link
 * RejectionReason#ALREADY_CLAIMED}. The holder is kept even when the daily cap later refuses it
 * (the embedded ledger would then let the next claimant count; see docs/scope3plus-flink.md).
 */
final class DecidingClaims extends EventTimeOrdered<ValidEvent> {

  static final OutputTag<Verdict> REFUSED =
      new OutputTag<>("already-claimed", Types.POJO(Verdict.class));

  private transient ValueState<String> holder;

  @Override
  public void open(OpenContext context) throws Exception {
    super.open(context);
    holder = getRuntimeContext().getState(new ValueStateDescriptor<>("holder", Types.STRING));
  }

  @Override
  void decide(ValidEvent e, Context context, Collector<ValidEvent> out) throws Exception {
    if (holder.value() == null) {
      holder.update(e.id);
      out.collect(e);
    } else {
      context.output(REFUSED, Verdict.of(e.id, RejectionReason.ALREADY_CLAIMED.name()));
    }
  }
}

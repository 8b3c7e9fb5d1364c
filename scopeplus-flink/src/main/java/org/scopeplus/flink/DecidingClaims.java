package org.scopeplus.flink;

import org.apache.flink.api.common.typeinfo.Types;
import org.apache.flink.util.OutputTag;
import org.scopeplus.core.ecosystem.RejectionReason;

/**
 * Keyed by claim (the reference of the real-world action): the first event of a claim, in
 * event-time then id order, holds it; every later one is refused as {@link
 * RejectionReason#ALREADY_CLAIMED}. The holder is kept even when the daily cap later refuses it
 * (the embedded ledger would then let the next claimant count; see docs/scope3plus-flink.md).
 */
final class DecidingClaims extends FirstOfEachKey<String> {

  static final OutputTag<Verdict> REFUSED =
      new OutputTag<>("already-claimed", Types.POJO(Verdict.class));

  DecidingClaims() {
    super("holder", Types.STRING);
  }

  @Override
  String first(ValidEvent e) {
    return e.id;
  }

  @Override
  void later(ValidEvent e, Context context) {
    context.output(REFUSED, Verdict.of(e.id, RejectionReason.ALREADY_CLAIMED.name()));
  }
}

package org.scopeplus.core.scope3plus;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.scopeplus.core.scope3plus.TestCatalog.bus;

import org.junit.jupiter.api.Test;

/** The reused decision of the hot path says what the sealed verdict says, field for field. */
class DecisionTest {

  private final Ledger ledger = new Ledger(TestCatalog.catalog(), PointsRates.standard(), 100);
  private final Decision d = new Decision();

  private boolean offer(Event e) {
    RawEvent s = new RawEvent();
    e.fill(s);
    return ledger.offer(s, d);
  }

  @Test
  void aCountedEventGivesWhatItAddedAndItsVerdict() {
    // 10 p.km x (0.10718 - 0.10227) kg/pkm = 0.0491 kg = 49.1 g -> 49 g (as in LedgerTest)
    assertThat(offer(bus("e1", "maps", "a1", 10, "2024-05-01T08:00:00Z"))).isTrue();
    assertThat(d.counted()).isTrue();
    assertThat(d.grams()).isEqualTo(49);
    assertThat(d.epochDay()).isEqualTo(UtcCalendar.epochDay(1_714_550_400L));
    assertThat(d.verdict())
        .isEqualTo(
            new Verdict.Counted(
                d.methodology(), d.programme(), d.region(), d.epochDay(), 49, d.points()));
    assertThatThrownBy(d::reason).isInstanceOf(IllegalStateException.class);
    assertThat(ledger.totals().grossGrams()).isEqualTo(49);
  }

  @Test
  void aRefusedEventGivesItsReasonAndTheSharedRefusal() {
    offer(bus("e1", "maps", "a1", 10, "2024-05-01T08:00:00Z"));
    assertThat(offer(bus("e1", "maps", "a1", 10, "2024-05-01T08:00:00Z"))).isFalse();
    assertThat(d.counted()).isFalse();
    assertThat(d.reason()).isEqualTo(RejectionReason.DUPLICATE_EVENT);
    assertThat(d.verdict()).isSameAs(Verdict.refused(RejectionReason.DUPLICATE_EVENT));
    assertThat(ledger.rejectedCount(RejectionReason.DUPLICATE_EVENT)).isEqualTo(1);
  }

  @Test
  void theAllocationFreeBatchGivesTheVerdictsOfOneByOne() {
    Ledger other = new Ledger(TestCatalog.catalog(), PointsRates.standard(), 100);
    Event[] events = {
      bus("e1", "maps", "a1", 10, "2024-05-01T08:00:00Z"),
      bus("e1", "maps", "a1", 10, "2024-05-01T08:00:00Z"),
      bus("e2", "maps", "a2", -1, "2024-05-01T08:00:00Z"),
      bus("e3", "transit", "a1", 20, "2024-05-02T08:00:00Z")
    };
    RawEvent[] slots = new RawEvent[events.length];
    Verdict[] viaListener = new Verdict[events.length];
    for (int i = 0; i < events.length; i++) {
      slots[i] = new RawEvent();
      events[i].fill(slots[i]);
    }
    other.offerAll(
        slots, null, events.length, (i, decision) -> viaListener[i] = decision.verdict());
    for (int i = 0; i < events.length; i++) {
      assertThat(viaListener[i]).isEqualTo(TestCatalog.offer(ledger, events[i]));
    }
    assertThat(other.totals()).isEqualTo(ledger.totals());
  }

  @Test
  void claimsReadAheadForAWholeBatchGiveTheVerdictsOfOneByOne() {
    // a ledger sized for 16 events: its claim table grows while the batch is decided, after the
    // claim keys were written and their slots read ahead
    Ledger small = new Ledger(TestCatalog.catalog(), PointsRates.standard(), 16);
    Ledger reference = new Ledger(TestCatalog.catalog(), PointsRates.standard(), 16);
    RawEvent[] slots = new RawEvent[Ledger.BATCH];
    Verdict[] verdicts = new Verdict[Ledger.BATCH];
    Event[] events = new Event[Ledger.BATCH];
    for (int i = 0; i < Ledger.BATCH; i++) {
      // events 2k and 2k + 1 name the same claim (different actors, so different actions);
      // every fourth event names none, and every eighth gives a negative distance (refused
      // before any table is read)
      String claim = i % 4 == 3 ? "" : "trip-" + i / 2;
      double km = i % 8 == 7 ? -1 : 10;
      events[i] =
          TestCatalog.event(
              "e" + i, "maps", "a" + i, "green_trip.bus", km, "km", "2024-05-01T08:00:00Z", claim);
      slots[i] = new RawEvent();
      events[i].fill(slots[i]);
    }
    small.offerAll(slots, null, Ledger.BATCH, verdicts);
    int claimedTwice = 0;
    int invalid = 0;
    for (int i = 0; i < Ledger.BATCH; i++) {
      assertThat(verdicts[i]).isEqualTo(TestCatalog.offer(reference, events[i]));
      if (i % 4 == 1) {
        // the second of a pair whose first named the claim
        assertThat(verdicts[i]).isSameAs(Verdict.refused(RejectionReason.ALREADY_CLAIMED));
        claimedTwice++;
      } else if (i % 8 == 7) {
        assertThat(verdicts[i]).isSameAs(Verdict.refused(RejectionReason.INVALID_QUANTITY));
        invalid++;
      } else {
        assertThat(verdicts[i]).isInstanceOf(Verdict.Counted.class);
      }
    }
    assertThat(small.rejectedCount(RejectionReason.ALREADY_CLAIMED)).isEqualTo(claimedTwice);
    assertThat(small.rejectedCount(RejectionReason.INVALID_QUANTITY)).isEqualTo(invalid);
    assertThat(small.acceptedCount()).isEqualTo(Ledger.BATCH - claimedTwice - invalid);
    assertThat(small.totals()).isEqualTo(reference.totals());
  }
}

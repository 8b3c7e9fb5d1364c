package org.scopeplus.io.scope3plus;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.scopeplus.core.scope3plus.Event;
import org.scopeplus.core.scope3plus.EventQuantity;
import org.scopeplus.core.scope3plus.Ledger;
import org.scopeplus.core.scope3plus.Methodology;
import org.scopeplus.core.scope3plus.MethodologyCatalog;
import org.scopeplus.core.scope3plus.PointsRates;
import org.scopeplus.core.scope3plus.RawEvent;
import org.scopeplus.core.scope3plus.RejectionReason;
import org.scopeplus.core.scope3plus.Verdict;

/** Every built-in methodology bounds every quantity (the table in docs/scope3plus.md). */
class BuiltInBoundsTest {

  @Test
  void everyQuantityOfEveryBuiltInMethodologyHasItsOwnBound() throws Exception {
    for (Methodology m : MethodologyLibrary.builtIn().methodologies()) {
      assertThat(m.eligibility().maximumQuantities()).as(m.action()).hasSameSizeAs(m.dimensions());
      assertThat(m.eligibility().maximumQuantity(0))
          .as(m.action())
          .isGreaterThan(m.eligibility().minimumFirstQuantity());
    }
  }

  @Test
  void aWalkIsBoundedAtFiftyKmAndARailTripAtFiveThousand() throws Exception {
    MethodologyCatalog c = BuiltInMethodologiesTest.configured();
    Ledger ledger = new Ledger(c, PointsRates.standard(), 100);
    assertThat(offer(ledger, "w1", "green_trip.walk", 50)).isInstanceOf(Verdict.Counted.class);
    assertThat(offer(ledger, "w2", "green_trip.walk", 50.01))
        .isEqualTo(Verdict.refused(RejectionReason.QUANTITY_ABOVE_BOUND));
    assertThat(offer(ledger, "r1", "green_trip.rail", 5000)).isInstanceOf(Verdict.Counted.class);
    assertThat(offer(ledger, "r2", "green_trip.rail", 5001))
        .isEqualTo(Verdict.refused(RejectionReason.QUANTITY_ABOVE_BOUND));
    assertThat(offer(ledger, "r3", "green_trip.rail", 1e300))
        .isEqualTo(Verdict.refused(RejectionReason.QUANTITY_ABOVE_BOUND));
  }

  private static Verdict offer(Ledger ledger, String id, String action, double km) {
    RawEvent s = new RawEvent();
    new Event(
            id,
            "maps",
            "u-" + id,
            action,
            List.of(EventQuantity.of(km, "km")),
            Instant.parse("2024-05-01T08:00:00Z"),
            "GB",
            "ev",
            "")
        .fill(s);
    return ledger.offer(s);
  }
}

package org.scopeplus.core.scope3plus;

import static org.assertj.core.api.Assertions.assertThat;
import static org.scopeplus.core.scope3plus.TestCatalog.bus;
import static org.scopeplus.core.scope3plus.TestCatalog.event;

import org.junit.jupiter.api.Test;

/** {@link Ledger#assess}: the stateless checks and grams of {@link Ledger#offer}, nothing kept. */
class LedgerAssessTest {

  private final Ledger ledger = new Ledger(TestCatalog.catalog(), PointsRates.standard(), 100);

  private Assessment assess(Event e) {
    RawEvent s = new RawEvent();
    e.fill(s);
    return ledger.assess(s);
  }

  @Test
  void aValidEventGetsItsMethodologyDayAndGramsAndIsNotCounted() {
    // 10 p.km x (0.10718 - 0.10227) kg/pkm = 49.1 g -> 49 g, as LedgerTest
    assertThat(assess(bus("e1", "maps", "a1", 10, "2024-05-01T08:00:00Z")))
        .isEqualTo(new Assessment.Valid(0, UtcCalendar.epochDay(1_714_550_400L), 49));
    // Nothing was kept: the same id assessed again is still valid, and offering it counts it.
    assertThat(assess(bus("e1", "maps", "a1", 10, "2024-05-01T08:00:00Z")))
        .isInstanceOf(Assessment.Valid.class);
    assertThat(ledger.acceptedCount()).isZero();
    assertThat(ledger.totals().rejectedEvents()).isZero();
    assertThat(TestCatalog.offer(ledger, bus("e1", "maps", "a1", 10, "2024-05-01T08:00:00Z")))
        .isInstanceOf(Verdict.Counted.class);
  }

  @Test
  void refusalsThatNeedNoStateAreTheOnesOfferGives() {
    assertThat(assess(bus("e1", "maps", "a1", 0.2, "2024-05-01T08:00:00Z")))
        .isEqualTo(Verdict.refused(RejectionReason.BELOW_MINIMUM));
    assertThat(assess(event("e2", "maps", "a1", "no.such", 1, "km", "2024-05-01T08:00:00Z", "")))
        .isEqualTo(Verdict.refused(RejectionReason.UNKNOWN_ACTION));
    assertThat(
            assess(
                event(
                    "e3",
                    "maps",
                    "a1",
                    "cutlery_free.order",
                    1,
                    "item",
                    "2024-05-01T08:00:00Z",
                    "")))
        .isEqualTo(Verdict.refused(RejectionReason.METHODOLOGY_NOT_CONFIGURED));
    assertThat(
            assess(
                event("e4", "maps", "a1", "green_trip.bus", 3, "kg", "2024-05-01T08:00:00Z", "")))
        .isEqualTo(Verdict.refused(RejectionReason.WRONG_DIMENSION));
    assertThat(ledger.totals().rejectedEvents()).isZero();
  }
}

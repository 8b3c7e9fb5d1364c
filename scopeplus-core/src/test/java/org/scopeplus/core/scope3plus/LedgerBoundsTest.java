package org.scopeplus.core.scope3plus;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.scopeplus.core.scope3plus.TestCatalog.event;
import static org.scopeplus.core.scope3plus.TestCatalog.offer;
import static org.scopeplus.core.scope3plus.TestCatalog.p;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.scopeplus.core.factor.Verification;

/**
 * Plausibility bounds per methodology and sums that never overflow: issue 9 counted one event of
 * 1e+300 km, which made the tenant's gross negative. Bus: DESNZ 2021 car 0.10718 - bus 0.10227
 * kg/pkm = 4.91 g per km, bounded at 300 km here.
 */
class LedgerBoundsTest {

  static Methodology boundedBus() {
    return new Methodology(
        "green_trip.bus",
        "2021.1",
        "bus",
        FormulaKind.MODE_SHIFT,
        List.of(Dimension.DISTANCE),
        Map.of(
            "baseline_per_pkm",
            p("car", 0.10718, "kg CO2e/passenger-km", Verification.DERIVED),
            "project_per_pkm",
            p("bus", 0.10227, "kg CO2e/passenger-km", Verification.PUBLISHED)),
        new Eligibility(0.5, 0, 2, List.of(300.0)),
        "car");
  }

  /** 10^12 kg CO2e per item: 10^15 g per item, so 9 items give 9 x 10^15 g (below 2^53). */
  static Methodology huge() {
    return new Methodology(
        "test.huge",
        "1",
        "huge",
        FormulaKind.PER_UNIT,
        List.of(Dimension.COUNT),
        Map.of("baseline", p("huge", 1e12, "kg CO2e/item", Verification.PUBLISHED)),
        Eligibility.none(),
        "huge");
  }

  /**
   * At 0.001 point per kg, a gram credits one millionth of a point: the points of these events bind
   * at the same sums as their grams (9 x 10^15 g -> 9 x 10^15 millionths, under 2^62).
   */
  private final Ledger ledger =
      new Ledger(
          new MethodologyCatalog("bounds-1", List.of(boundedBus(), huge())),
          new PointsRates(Map.of(), 0.001),
          100);

  @Test
  void aTripAtTheBoundIsCountedAndOneBeyondItIsRefusedAsAboveTheBound() {
    // 300 km x 4.91 g/km = 1473 g
    assertThat(offer(ledger, event("e1", "maps", "a1", "green_trip.bus", 300, "km", T, "")))
        .isInstanceOf(Verdict.Counted.class);
    assertThat(offer(ledger, event("e2", "maps", "a1", "green_trip.bus", 300.001, "km", T, "")))
        .isEqualTo(Verdict.refused(RejectionReason.QUANTITY_ABOVE_BOUND));
    // the bound is in the base unit: 300,001 m is 300.001 km
    assertThat(offer(ledger, event("e3", "maps", "a1", "green_trip.bus", 300_001, "m", T, "")))
        .isEqualTo(Verdict.refused(RejectionReason.QUANTITY_ABOVE_BOUND));
    assertThat(offer(ledger, event("e4", "maps", "a2", "green_trip.bus", 1e300, "km", T, "")))
        .isEqualTo(Verdict.refused(RejectionReason.QUANTITY_ABOVE_BOUND));
    LedgerTotals t = ledger.totals();
    assertThat(t.grossGrams()).isEqualTo(1473);
    assertThat(t.rejections()).containsEntry(RejectionReason.QUANTITY_ABOVE_BOUND, 3L);
    assertThat(ledger.account("a2")).isNull();
    assertThat(ledger.leaderboard(10)).extracting(Account::actor).containsExactly("a1");
  }

  @Test
  void assessRefusesAsOfferDoes() {
    RawEvent s = new RawEvent();
    event("e1", "maps", "a1", "green_trip.bus", 1e300, "km", T, "").fill(s);
    assertThat(ledger.assess(s)).isEqualTo(Verdict.refused(RejectionReason.QUANTITY_ABOVE_BOUND));
    event("e2", "maps", "a1", "green_trip.bus", 300, "km", T, "").fill(s);
    assertThat(ledger.assess(s)).isInstanceOf(Assessment.Valid.class);
    assertThat(((Assessment.Valid) ledger.assess(s)).grams()).isEqualTo(1473);
    event("e3", "maps", "a1", "test.huge", 10, "item", T, "").fill(s);
    assertThat(ledger.assess(s)).isEqualTo(Verdict.refused(RejectionReason.OUT_OF_RANGE));
  }

  @Test
  void nonFiniteQuantitiesAreInvalid() {
    assertThat(offer(ledger, event("e1", "maps", "a1", "green_trip.bus", Double.NaN, "km", T, "")))
        .isEqualTo(Verdict.refused(RejectionReason.INVALID_QUANTITY));
    assertThat(
            offer(
                ledger,
                event("e2", "maps", "a1", "green_trip.bus", Double.POSITIVE_INFINITY, "km", T, "")))
        .isEqualTo(Verdict.refused(RejectionReason.INVALID_QUANTITY));
  }

  @Test
  void anEventOverTwoToThe53GramsIsOutOfRange() {
    // 9 items x 10^15 g = 9 x 10^15 g <= 2^53 = 9,007,199,254,740,992; 10 items are beyond
    assertThat(offer(ledger, event("e1", "p", "a1", "test.huge", 9, "item", T, "")))
        .isInstanceOf(Verdict.Counted.class);
    assertThat(offer(ledger, event("e2", "p", "a1", "test.huge", 10, "item", T, "")))
        .isEqualTo(Verdict.refused(RejectionReason.OUT_OF_RANGE));
  }

  @Test
  void theEventThatWouldOverflowTheSumsIsRefusedAndEveryTotalStaysExact() {
    // 1024 x 9 x 10^15 = 9,216 x 10^15 g <= Long.MAX_VALUE (9,223,372,036,854,775,807);
    // a 1025th would make 9,225 x 10^15: refused, and nothing wraps
    for (int i = 0; i < 1024; i++) {
      // one event a minute: each its own action (same actor, class and minute would be one)
      String minute = java.time.Instant.parse(T).plusSeconds(60L * i).toString();
      assertThat(offer(ledger, event("e" + i, "p", "a1", "test.huge", 9, "item", minute, "")))
          .isInstanceOf(Verdict.Counted.class);
    }
    assertThat(offer(ledger, event("last", "p", "a2", "test.huge", 9, "item", T, "")))
        .isEqualTo(Verdict.refused(RejectionReason.OUT_OF_RANGE));
    LedgerTotals t = ledger.totals();
    assertThat(t.grossGrams()).isEqualTo(9_216_000_000_000_000_000L);
    assertThat(t.byProgramme()).containsEntry("p", 9_216_000_000_000_000_000L);
    assertThat(t.progress().cumulativeGrams()).isEqualTo(9_216_000_000_000_000_000L);
    assertThat(t.rejections()).containsEntry(RejectionReason.OUT_OF_RANGE, 1L);
    // points: 0.001 per kg, 9 x 10^12 kg x 0.001 = 9 x 10^9 points per event, in millionths
    // 9 x 10^15; 1024 events 9.216 x 10^18 millionths
    assertThat(ledger.account("a1").grams()).isEqualTo(9_216_000_000_000_000_000L);
    assertThat(ledger.account("a1").points()).isEqualTo(9_216_000_000_000_000_000L);
    assertThat(ledger.account("a2")).isNull();
    // a deduction counts towards the same bound: 10^9 t = 10^15 g fits 7 times, not 8
    for (int i = 0; i < 7; i++) {
      assertThat(
              ledger.deduct(
                  new CreditDeduction("p", 2024 * 12 + 4, 1_000_000_000_000_000L, "r" + i)))
          .isTrue();
    }
    assertThatThrownBy(
            () ->
                ledger.deduct(
                    new CreditDeduction("p", 2024 * 12 + 4, 1_000_000_000_000_000L, "r7")))
        .isInstanceOf(LedgerOutOfRange.class);
    assertThat(ledger.totals().netGrams()).isEqualTo(9_209_000_000_000_000_000L);
  }

  @Test
  void aMethodologyMayNotBoundMoreQuantitiesThanItTakes() {
    assertThatThrownBy(
            () ->
                new Methodology(
                    "x",
                    "1",
                    "x",
                    FormulaKind.MODE_SHIFT,
                    List.of(Dimension.DISTANCE),
                    Map.of(
                        "baseline_per_pkm", p("a", 1, "kg", Verification.PUBLISHED),
                        "project_per_pkm", p("b", 0, "kg", Verification.PUBLISHED)),
                    new Eligibility(0, 0, 0, List.of(10.0, 10.0)),
                    ""))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new Eligibility(0, 0, 0, List.of(Double.POSITIVE_INFINITY)))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new Eligibility(5, 0, 0, List.of(1.0)))
        .isInstanceOf(IllegalArgumentException.class);
  }

  static final String T = "2024-05-01T08:00:00Z";
}

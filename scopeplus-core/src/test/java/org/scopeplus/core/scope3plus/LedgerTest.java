package org.scopeplus.core.scope3plus;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.scopeplus.core.scope3plus.TestCatalog.bus;
import static org.scopeplus.core.scope3plus.TestCatalog.event;
import static org.scopeplus.core.scope3plus.TestCatalog.offer;

import java.util.Map;
import org.junit.jupiter.api.Test;

class LedgerTest {

  private final Ledger ledger = new Ledger(TestCatalog.catalog(), PointsRates.standard(), 100);

  @Test
  void busTripIsBaselineMinusProjectRoundedOnce() {
    // 10 p.km x (0.10718 - 0.10227) kg/pkm = 0.0491 kg = 49.1 g -> 49 g
    assertThat(offer(ledger, bus("e1", "maps", "a1", 10, "2024-05-01T08:00:00Z")))
        .isInstanceOf(Verdict.Counted.class);
    assertThat(ledger.totals().grossGrams()).isEqualTo(49);
    assertThat(ledger.account("a1").grams()).isEqualTo(49);
  }

  @Test
  void redeliveredEventIsCountedOnceAndTheRefusalIsCounted() {
    offer(ledger, bus("e1", "maps", "a1", 10, "2024-05-01T08:00:00Z"));
    assertThat(offer(ledger, bus("e1", "maps", "a1", 10, "2024-05-01T08:00:00Z")))
        .isEqualTo(Verdict.refused(RejectionReason.DUPLICATE_EVENT));
    LedgerTotals t = ledger.totals();
    assertThat(t.acceptedEvents()).isEqualTo(1);
    assertThat(t.grossGrams()).isEqualTo(49);
    assertThat(t.rejections()).containsEntry(RejectionReason.DUPLICATE_EVENT, 1L);
  }

  @Test
  void sameActionClaimedByTwoProgrammesIsCountedOnceAndTheSecondRefused() {
    assertThat(
            offer(
                ledger,
                event(
                    "maps-1",
                    "maps",
                    "a1",
                    "green_trip.bus",
                    10,
                    "km",
                    "2024-05-01T08:00:00Z",
                    "trip-9")))
        .isInstanceOf(Verdict.Counted.class);
    assertThat(
            offer(
                ledger,
                event(
                    "tp-77",
                    "transit-partner",
                    "a1",
                    "green_trip.bus",
                    10,
                    "km",
                    "2024-05-01T08:00:00Z",
                    "trip-9")))
        .isEqualTo(Verdict.refused(RejectionReason.ALREADY_CLAIMED));
    assertThat(ledger.totals().byProgramme()).containsOnlyKeys("maps");
    assertThat(ledger.totals().rejections()).containsEntry(RejectionReason.ALREADY_CLAIMED, 1L);
  }

  @Test
  void dailyCapRefusesTheThirdTripOfTheDayButNotTheNextDay() {
    assertThat(offer(ledger, bus("e1", "maps", "a1", 2, "2024-05-01T08:00:00Z")))
        .isInstanceOf(Verdict.Counted.class);
    assertThat(offer(ledger, bus("e2", "maps", "a1", 2, "2024-05-01T12:00:00Z")))
        .isInstanceOf(Verdict.Counted.class);
    assertThat(offer(ledger, bus("e3", "maps", "a1", 2, "2024-05-01T23:59:59Z")))
        .isEqualTo(Verdict.refused(RejectionReason.DAILY_CAP_REACHED));
    assertThat(offer(ledger, bus("e4", "maps", "a1", 2, "2024-05-02T00:00:00Z")))
        .isInstanceOf(Verdict.Counted.class);
    assertThat(offer(ledger, bus("e5", "maps", "a2", 2, "2024-05-01T09:00:00Z")))
        .isInstanceOf(Verdict.Counted.class);
    assertThat(ledger.acceptedCount()).isEqualTo(4);
    // a capped event keeps its id free: once the day is over it still is refused for the cap
    assertThat(offer(ledger, bus("e3", "maps", "a1", 2, "2024-05-01T23:59:59Z")))
        .isEqualTo(Verdict.refused(RejectionReason.DAILY_CAP_REACHED));
    assertThat(ledger.rejectedCount(RejectionReason.DAILY_CAP_REACHED)).isEqualTo(2);
  }

  @Test
  void dailyCapStaysExactForAnActorWithTripsOnManyDays() {
    // twenty days of two trips each: the first days' counts sit in the account, later ones in
    // the shared table; a third trip is refused on every day, early or late, in any order
    for (int day = 1; day <= 20; day++) {
      String date = String.format("2024-05-%02dT", day);
      assertThat(offer(ledger, bus("a" + day, "maps", "a1", 2, date + "08:00:00Z")))
          .isInstanceOf(Verdict.Counted.class);
    }
    for (int day = 20; day >= 1; day--) {
      String date = String.format("2024-05-%02dT", day);
      assertThat(offer(ledger, bus("b" + day, "maps", "a1", 2, date + "09:00:00Z")))
          .isInstanceOf(Verdict.Counted.class);
      assertThat(offer(ledger, bus("c" + day, "maps", "a1", 2, date + "10:00:00Z")))
          .isEqualTo(Verdict.refused(RejectionReason.DAILY_CAP_REACHED));
    }
    assertThat(ledger.acceptedCount()).isEqualTo(40);
    assertThat(ledger.rejectedCount(RejectionReason.DAILY_CAP_REACHED)).isEqualTo(20);
    assertThat(ledger.account("a1").events()).isEqualTo(40);
  }

  @Test
  void everyRefusalHasItsReasonCounted() {
    offer(ledger, bus("e1", "maps", "a1", 0.4, "2024-05-01T08:00:00Z"));
    offer(ledger, bus("e2", "maps", "a1", -1, "2024-05-01T08:00:00Z"));
    offer(ledger, event("e3", "maps", "a1", "teleport", 1, "km", "2024-05-01T08:00:00Z", ""));
    offer(ledger, event("e4", "maps", "a1", "green_trip.bus", 1, "kg", "2024-05-01T08:00:00Z", ""));
    offer(
        ledger,
        event("e5", "maps", "a1", "green_trip.bus", 1, "furlong", "2024-05-01T08:00:00Z", ""));
    offer(
        ledger,
        event("e6", "maps", "a1", "cutlery_free.order", 1, "order", "2024-05-01T08:00:00Z", ""));
    offer(ledger, bus("e7", "maps", "a1", 3, "1999-12-31T23:59:59Z"));
    offer(ledger, bus("", "maps", "a1", 3, "2024-05-01T08:00:00Z"));
    ledger.reject(RejectionReason.MALFORMED);
    Map<RejectionReason, Long> r = ledger.totals().rejections();
    assertThat(r)
        .containsEntry(RejectionReason.BELOW_MINIMUM, 1L)
        .containsEntry(RejectionReason.INVALID_QUANTITY, 1L)
        .containsEntry(RejectionReason.UNKNOWN_ACTION, 1L)
        .containsEntry(RejectionReason.WRONG_DIMENSION, 1L)
        .containsEntry(RejectionReason.UNKNOWN_UNIT, 1L)
        .containsEntry(RejectionReason.METHODOLOGY_NOT_CONFIGURED, 1L)
        .containsEntry(RejectionReason.INVALID_TIME, 1L)
        .containsEntry(RejectionReason.MISSING_FIELD, 1L)
        .containsEntry(RejectionReason.MALFORMED, 1L);
    assertThat(ledger.totals().rejectedEvents()).isEqualTo(9);
    assertThat(ledger.acceptedCount()).isZero();
  }

  @Test
  void leaderboardKeepsTheBestBalancesInOrderWithTiesByActorId() {
    // grams per trip: km x (0.10718 - 0.10227) kg/pkm x 1000, rounded half-even once:
    // 30 km -> 147.3 -> 147; 20 km -> 98.2 -> 98; 10 km -> 49.1 -> 49; 4 km -> 19.64 -> 20
    offer(ledger, bus("e1", "maps", "a3", 10, "2024-05-01T08:00:00Z"));
    offer(ledger, bus("e2", "maps", "a4", 4, "2024-05-01T08:00:00Z"));
    offer(ledger, bus("e3", "maps", "a2", 20, "2024-05-01T08:00:00Z"));
    offer(ledger, bus("e4", "maps", "a1", 10, "2024-05-01T08:00:00Z"));
    offer(ledger, bus("e5", "maps", "a5", 30, "2024-05-01T08:00:00Z"));
    assertThat(ledger.leaderboard(10))
        .extracting(Account::actor, Account::grams)
        .containsExactly(
            tuple("a5", 147L),
            tuple("a2", 98L),
            tuple("a1", 49L),
            tuple("a3", 49L),
            tuple("a4", 20L));
    assertThat(ledger.leaderboard(3)).extracting(Account::actor).containsExactly("a5", "a2", "a1");
    assertThat(ledger.leaderboard(4))
        .extracting(Account::actor)
        .containsExactly("a5", "a2", "a1", "a3");
    assertThat(ledger.leaderboard(0)).isEmpty();
  }

  @Test
  void erasureRemovesTheAccountAndKeepsProgrammeTotals() {
    offer(ledger, bus("e1", "maps", "a1", 10, "2024-05-01T08:00:00Z"));
    offer(ledger, bus("e2", "maps", "a2", 20, "2024-05-01T08:00:00Z"));
    long before = ledger.totals().byProgramme().get("maps");
    assertThat(ledger.erase("a1")).isTrue();
    assertThat(ledger.account("a1")).isNull();
    assertThat(ledger.leaderboard(10)).extracting(Account::actor).containsExactly("a2");
    assertThat(ledger.totals().byProgramme().get("maps")).isEqualTo(before);
    assertThat(ledger.erase("a1")).isFalse();
    // the event id stays counted: a redelivery after erasure is still a duplicate
    assertThat(offer(ledger, bus("e1", "maps", "a1", 10, "2024-05-01T08:00:00Z")))
        .isEqualTo(Verdict.refused(RejectionReason.DUPLICATE_EVENT));
  }

  @Test
  void pointsFollowTheProgrammeRateAndWeakGramsAreFlagged() {
    Ledger l = new Ledger(TestCatalog.catalog(), new PointsRates(Map.of("shop", 10.0), 1.0), 10);
    // 3 boxes x 0.2 kg x 0.8212 kg/kg = 0.49272 kg = 492.72 g -> 493 g; 10 points/kg -> 4.93
    // points exactly (4,930,000 millionths), not rounded to 5
    offer(l, event("b1", "shop", "a1", "parcel_box.reuse", 3, "box", "2024-05-01T08:00:00Z", ""));
    assertThat(l.account("a1")).isEqualTo(new Account("a1", 493, 4_930_000, 1));
    // the box mass is a secondary value: all 493 g are flagged weak
    assertThat(l.totals().weakGrams()).isEqualTo(493);
  }

  /**
   * Credits sold out of a programme cannot exceed what it counted: 10 km of bus in the test catalog
   * is 49 g (as above); 30 g deducted leave 19 g, so 20 g more are refused and 19 g are not.
   */
  @Test
  void aDeductionBeyondTheProgrammesCountedGramsIsRefusedWithItsReason() {
    offer(ledger, bus("e1", "maps", "a1", 10, "2024-05-01T08:00:00Z"));
    int may = UtcCalendar.parseMonth("2024-05");
    CreditDeduction first = new CreditDeduction("maps", may, 30, "R-1");
    assertThat(ledger.deductionBeyondCounted(first)).isNull();
    assertThat(ledger.deduct(first)).isTrue();
    assertThat(ledger.deductionBeyondCounted(new CreditDeduction("maps", may, 20, "R-2")))
        .contains("programme maps")
        .contains("(19 g: 49 g counted, 30 g deducted before)");
    assertThat(ledger.deductionBeyondCounted(new CreditDeduction("maps", may, 19, "R-3"))).isNull();
    assertThat(ledger.deductionBeyondCounted(new CreditDeduction("shop", may, 1, "R-4")))
        .contains("programme shop")
        .contains("(0 g: 0 g counted, 0 g deducted before)");
  }

  @Test
  void creditsSoldAreDeductedOnceFromTheClaim() {
    offer(ledger, bus("e1", "maps", "a1", 10, "2024-05-01T08:00:00Z"));
    CreditDeduction d =
        new CreditDeduction("maps", UtcCalendar.parseMonth("2024-05"), 20, "MaaS-0001");
    assertThat(ledger.deduct(d)).isTrue();
    assertThat(ledger.deduct(d)).isFalse();
    LedgerTotals t = ledger.totals();
    assertThat(t.netGrams()).isEqualTo(29);
    assertThat(t.deductedByProgramme()).containsEntry("maps", 20L);
    assertThat(t.progress().years().get(3).grams()).isEqualTo(29);
  }

  @Test
  void aggregatesSplitByProgrammeActionRegionAndMonth() {
    offer(ledger, bus("e1", "maps", "a1", 10, "2024-05-31T23:59:59Z"));
    offer(ledger, bus("e2", "maps", "a1", 10, "2024-06-01T00:00:00Z"));
    assertThat(ledger.aggregates())
        .containsExactly(
            new AggregateRow("maps", "green_trip.bus", "CN-BJ", "2024-05", 1, 49, 0),
            new AggregateRow("maps", "green_trip.bus", "CN-BJ", "2024-06", 1, 49, 0));
  }

  @Test
  void progressFollowsTheStraightPathwayTo1point5Gt() {
    Progress p = Progress.of(Map.of(2021, 50_000_000_000_000L));
    assertThat(p.years()).hasSize(15);
    assertThat(p.years().get(0).pathwayGrams()).isEqualTo(100_000_000_000_000L);
    assertThat(p.years().get(14).pathwayGrams()).isEqualTo(Progress.TARGET_GRAMS);
    assertThat(p.cumulativeGrams()).isEqualTo(50_000_000_000_000L);
  }
}

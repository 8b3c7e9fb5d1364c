package org.scopeplus.core.scope3plus;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.scopeplus.core.scope3plus.TestCatalog.event;
import static org.scopeplus.core.scope3plus.TestCatalog.offer;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Reversing a wrongly counted event takes away exactly what it added. Bus (TestCatalog): 4.91 g per
 * km (DESNZ 2021 car 0.10718 - bus 0.10227 kg/pkm), daily cap 2; points at 1000 per kg, so points
 * equal grams (49 g -> 49 points = 49,000,000 millionths of a point).
 */
class LedgerReversalTest {

  private final Ledger ledger =
      new Ledger(TestCatalog.catalog(), new PointsRates(Map.of(), 1000.0), 100);

  private static final String MAY_1 = "2024-05-01T08:00:00Z";
  private static final String JUNE_3 = "2024-06-03T08:00:00Z";

  /** The keys the ledger stored with e2, as a segment keeps them. */
  private String e2Keys = "";

  private void countThreeTrips() {
    // e1: 10 km -> 49.1 g -> 49; e2: 200 km -> 982 g; e3: 20 km -> 98.2 g -> 98
    assertThat(offer(ledger, event("e1", "maps", "a1", "green_trip.bus", 10, "km", MAY_1, "t1")))
        .isInstanceOf(Verdict.Counted.class);
    // a1's second trip of the day starts two hours later: another action
    assertThat(
            offer(
                ledger,
                event(
                    "e2", "maps", "a1", "green_trip.bus", 200, "km", "2024-05-01T10:00:00Z", "t2")))
        .isInstanceOf(Verdict.Counted.class);
    e2Keys =
        new String(
            ledger.countedKeys(),
            0,
            ledger.countedKeysLength(),
            java.nio.charset.StandardCharsets.ISO_8859_1);
    assertThat(offer(ledger, event("e3", "maps", "a2", "green_trip.bus", 20, "km", JUNE_3, "")))
        .isInstanceOf(Verdict.Counted.class);
  }

  private CountedEvent e2() {
    // programme 0 (maps), methodology 0 (bus), region 0 (CN-BJ), 2024-05-01 is epoch day 19844
    return new CountedEvent("e2", e2Keys, "a1", 0, 0, 0, 19844, 982, 982_000_000);
  }

  @Test
  void reversingAnEventTakesAwayExactlyWhatItAdded() {
    countThreeTrips();
    assertThat(ledger.totals().grossGrams()).isEqualTo(1129);
    assertThat(ledger.leaderboard(2)).extracting(Account::actor).containsExactly("a1", "a2");

    ledger.reverse(e2());

    LedgerTotals t = ledger.totals();
    assertThat(t.acceptedEvents()).isEqualTo(2);
    assertThat(t.grossGrams()).isEqualTo(49 + 98);
    assertThat(t.byMonth()).containsAllEntriesOf(Map.of("2024-05", 49L, "2024-06", 98L));
    assertThat(t.byMonth()).hasSize(2);
    assertThat(t.rows()).extracting(AggregateRow::events).containsExactly(1L, 1L);
    assertThat(ledger.account("a1")).isEqualTo(new Account("a1", 49, 49_000_000, 1));
    assertThat(ledger.leaderboard(2)).extracting(Account::actor).containsExactly("a2", "a1");
    assertThat(ledger.reversedCount()).isEqualTo(1);
  }

  @Test
  void theClaimAndTheCapPlaceAreFreedButTheIdStaysTaken() {
    countThreeTrips();
    ledger.reverse(e2());
    // the daily cap (2) had a1 full on May 1; now a third trip that day fits
    assertThat(
            offer(
                ledger,
                event("e4", "maps", "a1", "green_trip.bus", 10, "km", "2024-05-01T12:00:00Z", "")))
        .isInstanceOf(Verdict.Counted.class);
    assertThat(
            offer(
                ledger,
                event("e5", "maps", "a1", "green_trip.bus", 10, "km", "2024-05-01T13:00:00Z", "")))
        .isEqualTo(Verdict.refused(RejectionReason.DAILY_CAP_REACHED));
    // the claim t2 is free for the programme that really made the trip
    assertThat(
            offer(ledger, event("x2", "transit", "a9", "green_trip.bus", 200, "km", MAY_1, "t2")))
        .isInstanceOf(Verdict.Counted.class);
    // the reversed id is still counted once: a redelivery is a duplicate
    assertThat(offer(ledger, event("e2", "maps", "a1", "green_trip.bus", 200, "km", JUNE_3, "")))
        .isEqualTo(Verdict.refused(RejectionReason.DUPLICATE_EVENT));
  }

  @Test
  void aSecondReversalAndAnUnknownIdAreRefused() {
    countThreeTrips();
    assertThat(ledger.reversalRefusal("e2")).isNull();
    ledger.reverse(e2());
    assertThat(ledger.reversalRefusal("e2")).isEqualTo(Reversal.Why.ALREADY_REVERSED);
    assertThat(ledger.reversalRefusal("nope")).isEqualTo(Reversal.Why.UNKNOWN_EVENT);
    assertThatThrownBy(() -> ledger.reverse(e2())).isInstanceOf(IllegalArgumentException.class);
    assertThat(ledger.totals().grossGrams()).isEqualTo(147);
  }

  @Test
  void anAccountLeftWithoutEventsIsClosedAsIfNeverOpened() {
    countThreeTrips();
    // e3: a2's only event, 2024-06-03 is epoch day 19877
    ledger.reverse(new CountedEvent("e3", "", "a2", 0, 0, 0, 19877, 98, 98_000_000));
    assertThat(ledger.account("a2")).isNull();
    assertThat(ledger.leaderboard(10)).extracting(Account::actor).containsExactly("a1");
    assertThat(ledger.totals().byMonth()).containsOnlyKeys("2024-05");
  }

  @Test
  void aStoredLogBeyondTheRangeIsRefusedUntilTheWrongEventIsReversed() {
    // the log of issue 9: one event of 1e+300 km stored with Long.MAX_VALUE grams beside one of 49
    Ledger replayed = new Ledger(TestCatalog.catalog(), new PointsRates(Map.of(), 1000.0), 100);
    int maps = replayed.internProgramme("maps");
    int region = replayed.internRegion("CN-BJ");
    restore(replayed, "ok", "a1", maps, region, 49, 49_000_000);
    restore(replayed, "huge", "a2", maps, region, Long.MAX_VALUE, Long.MAX_VALUE);
    assertThat(replayed.inRange()).isFalse();
    assertThatThrownBy(replayed::totals)
        .isInstanceOf(LedgerOutOfRange.class)
        .hasMessageContaining("huge");
    assertThatThrownBy(() -> replayed.leaderboard(3)).isInstanceOf(LedgerOutOfRange.class);
    assertThat(offer(replayed, event("e9", "maps", "a1", "green_trip.bus", 10, "km", JUNE_3, "")))
        .isEqualTo(Verdict.refused(RejectionReason.OUT_OF_RANGE));

    replayed.reverse(
        new CountedEvent("huge", "", "a2", 0, maps, region, 19844, Long.MAX_VALUE, Long.MAX_VALUE));

    assertThat(replayed.inRange()).isTrue();
    assertThat(replayed.totals().grossGrams()).isEqualTo(49);
    assertThat(replayed.totals().acceptedEvents()).isEqualTo(1);
    assertThat(replayed.leaderboard(3)).containsExactly(new Account("a1", 49, 49_000_000, 1));
    assertThat(offer(replayed, event("e9", "maps", "a1", "green_trip.bus", 10, "km", JUNE_3, "")))
        .isInstanceOf(Verdict.Counted.class);
    assertThat(replayed.totals().grossGrams()).isEqualTo(98);
  }

  @Test
  void replayingAReversalGivesTheStateOfTheReversalMadeInMemory() {
    countThreeTrips();
    ledger.reverse(e2());
    Ledger replayed = new Ledger(TestCatalog.catalog(), new PointsRates(Map.of(), 1000.0), 100);
    int maps = replayed.internProgramme("maps");
    int region = replayed.internRegion("CN-BJ");
    restore(replayed, "e1", "a1", maps, region, 49, 49_000_000, 19844, "t1");
    byte[] id = "e2".getBytes(StandardCharsets.UTF_8);
    replayed.restoreReversed(id, 0, id.length);
    restore(replayed, "e3", "a2", maps, region, 98, 98_000_000, 19877, "");
    assertThat(replayed.totals()).isEqualTo(ledger.totals());
    assertThat(replayed.leaderboard(5)).isEqualTo(ledger.leaderboard(5));
    assertThat(replayed.reversalRefusal("e2")).isEqualTo(Reversal.Why.ALREADY_REVERSED);
    for (Ledger l : List.of(ledger, replayed)) {
      assertThat(
              offer(
                  l,
                  event(
                      "e4",
                      "maps",
                      "a1",
                      "green_trip.bus",
                      10,
                      "km",
                      "2024-05-01T12:00:00Z",
                      "t2")))
          .isInstanceOf(Verdict.Counted.class);
    }
    assertThat(replayed.totals()).isEqualTo(ledger.totals());
  }

  private static void restore(
      Ledger l, String id, String actor, int programme, int region, long grams, long points) {
    restore(l, id, actor, programme, region, grams, points, 19844, "");
  }

  private static void restore(
      Ledger l,
      String id,
      String actor,
      int programme,
      int region,
      long grams,
      long points,
      int day,
      String claim) {
    byte[] b = (id + actor + claim).getBytes(StandardCharsets.UTF_8);
    l.restore(
        b,
        0,
        id.length(),
        id.length() + actor.length(),
        claim.length(),
        id.length(),
        actor.length(),
        0,
        programme,
        region,
        day,
        grams,
        points);
  }
}

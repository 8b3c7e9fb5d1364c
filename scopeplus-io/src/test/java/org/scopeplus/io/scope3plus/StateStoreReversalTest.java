package org.scopeplus.io.scope3plus;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.scopeplus.io.scope3plus.StateStoreTest.trip;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.scopeplus.core.scope3plus.Account;
import org.scopeplus.core.scope3plus.AccountEntry;
import org.scopeplus.core.scope3plus.Event;
import org.scopeplus.core.scope3plus.EventQuantity;
import org.scopeplus.core.scope3plus.LedgerOutOfRange;
import org.scopeplus.core.scope3plus.LedgerTotals;
import org.scopeplus.core.scope3plus.MethodologyCatalog;
import org.scopeplus.core.scope3plus.RejectionReason;
import org.scopeplus.core.scope3plus.Reversal;

/**
 * Reversals are durable and replayed. Built-in walk: 10 km in GB x 47.2187 g/pkm (Raleigh survey
 * split over DESNZ 2021 car and bus) = 472.187 g, rounded to 472 g; points at 1 per kg 0.472.
 */
class StateStoreReversalTest {

  @TempDir Path tmp;

  private MethodologyCatalog catalog;

  private StateStore open() throws Exception {
    if (catalog == null) {
      catalog = MethodologyLibrary.builtIn();
    }
    return StateStore.open(tmp.resolve("state"), catalog, null, 1000);
  }

  private Path file(String name, String... lines) throws Exception {
    Path p = tmp.resolve(name);
    Files.writeString(p, String.join("\n", lines) + "\n");
    return p;
  }

  /**
   * A state as the code before plausibility bounds wrote it when it counted one bus trip of 1e+300
   * km: the event's grams saturated at Long.MAX_VALUE and its points at Long.MAX_VALUE / 1000.
   */
  private void writeOldState() throws Exception {
    StateStore s = open();
    s.ingest(
        file(
            "a.ndjson",
            trip("e1", "maps", "u1", "2024-05-01T08:00:00Z", "trip-1"),
            trip("e2", "maps", "u2", "2024-05-01T09:00:00Z", "trip-2"),
            trip("e3", "maps", "u1", "2024-06-03T08:00:00Z", "")),
        100);
    StoredSegments.rewriteFirst(
        tmp.resolve("state"),
        seg -> {},
        (bytes, r) -> {
          if (new String(bytes, r.idOff, r.idLen, java.nio.charset.StandardCharsets.UTF_8)
              .equals("e2")) {
            StoredSegments.put(bytes, r.end() - 16, Long.MAX_VALUE);
            StoredSegments.put(bytes, r.end() - 8, Math.round(Long.MAX_VALUE / 1000.0));
          }
        });
  }

  private static Event busTrip(String id, String actor, String time) {
    return new Event(
        id,
        "maps",
        actor,
        "green_trip.walk",
        List.of(EventQuantity.of(10, "km")),
        Instant.parse(time),
        "GB",
        "gps",
        "");
  }

  @Test
  void anOldStateWithA1e300EventIsRefusedUntilReversedAndThenExactAfterARestart() throws Exception {
    writeOldState();
    StateStore old = open();
    assertThat(old.ledger().inRange()).isFalse();
    assertThatThrownBy(() -> old.ledger().totals())
        .isInstanceOf(LedgerOutOfRange.class)
        .hasMessageContaining("e2");
    assertThat(old.ingest("b", List.of(busTrip("e4", "u1", "2024-06-04T08:00:00Z"))).rejected())
        .containsEntry(RejectionReason.OUT_OF_RANGE, 1L);

    Reversal r = old.reverse("e2", "counted with 1e+300 km before bounds existed");

    assertThat(r).isInstanceOf(Reversal.Reversed.class);
    assertThat(((Reversal.Reversed) r).event().grams()).isEqualTo(Long.MAX_VALUE);
    for (StateStore s : List.of(old, open())) {
      LedgerTotals t = s.ledger().totals();
      assertThat(t.acceptedEvents()).isEqualTo(2);
      assertThat(t.grossGrams()).isEqualTo(472 + 472);
      assertThat(t.netGrams()).isEqualTo(944);
      assertThat(t.byMonth()).containsEntry("2024-05", 472L).containsEntry("2024-06", 472L);
      assertThat(t.progress().cumulativeGrams()).isEqualTo(944);
      // points at 1 per kg: 0.472 + 0.472 = 0.944 points, 944,000 millionths
      assertThat(s.ledger().leaderboard(10)).containsExactly(new Account("u1", 944, 944_000, 2));
      assertThat(s.ledger().account("u2")).isNull();
      assertThat(s.history("u1")).extracting(AccountEntry::eventId).containsExactly("e1", "e3");
      assertThat(s.history("u2")).isEmpty();
      assertThat(s.reversals())
          .containsExactly(
              java.util.Map.entry("e2", "counted with 1e+300 km before bounds existed"));
      assertThat(s.reverse("e2", "again"))
          .isEqualTo(new Reversal.Refused("e2", Reversal.Why.ALREADY_REVERSED));
      assertThat(s.reverse("e404", "unknown"))
          .isEqualTo(new Reversal.Refused("e404", Reversal.Why.UNKNOWN_EVENT));
    }
  }

  @Test
  void aReversedEventFreesItsClaimAndKeepsItsIdAcrossARestart() throws Exception {
    StateStore s = open();
    s.ingest(file("a.ndjson", trip("e1", "maps", "u1", "2024-05-01T08:00:00Z", "trip-1")), 100);
    assertThat(s.reverse("e1", "reported by the wrong programme"))
        .isInstanceOf(Reversal.Reversed.class);
    StateStore reopened = open();
    assertThat(reopened.ledger().totals().grossGrams()).isZero();
    assertThat(reopened.ledger().totals().rows()).isEmpty();
    var report =
        reopened.ingest(
            file(
                "b.ndjson",
                trip("x1", "transit", "u9", "2024-05-01T08:00:00Z", "trip-1"),
                trip("e1", "maps", "u1", "2024-05-01T08:00:00Z", "")),
            100);
    assertThat(report.accepted()).isEqualTo(1);
    assertThat(report.rejected()).containsEntry(RejectionReason.DUPLICATE_EVENT, 1L);
    assertThat(open().ledger().totals().byProgramme()).containsOnlyKeys("transit");
  }

  @Test
  void aReversalNeedsAReason() throws Exception {
    assertThatThrownBy(() -> open().reverse("e1", " "))
        .isInstanceOf(IllegalArgumentException.class);
  }
}

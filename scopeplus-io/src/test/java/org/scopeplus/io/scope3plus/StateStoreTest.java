package org.scopeplus.io.scope3plus;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.scopeplus.core.scope3plus.AccountEntry;
import org.scopeplus.core.scope3plus.CreditDeduction;
import org.scopeplus.core.scope3plus.LedgerTotals;
import org.scopeplus.core.scope3plus.MethodologyCatalog;
import org.scopeplus.core.scope3plus.MonthlyStatement;
import org.scopeplus.core.scope3plus.RejectionReason;
import org.scopeplus.core.scope3plus.UtcCalendar;

class StateStoreTest {

  @TempDir Path tmp;

  static final String TRIP =
      "{\"event_id\":\"%s\",\"programme\":\"%s\",\"actor\":\"%s\",\"action\":\"green_trip.walk\","
          + "\"quantities\":[{\"value\":10,\"unit\":\"km\"}],\"time\":\"%s\",\"region\":\"GB\","
          + "\"evidence\":\"gps\"%s}";

  static String trip(String id, String programme, String actor, String time, String claim) {
    return String.format(
        TRIP, id, programme, actor, time, claim.isEmpty() ? "" : ",\"claim\":\"" + claim + "\"");
  }

  private Path file(String name, String... lines) throws Exception {
    Path p = tmp.resolve(name);
    Files.writeString(p, String.join("\n", lines) + "\n");
    return p;
  }

  private StateStore open(MethodologyCatalog c) throws Exception {
    return StateStore.open(tmp.resolve("state"), c, null, 1000);
  }

  /**
   * A refusal read from a file names what to fix: the keys a methodology still needs, the unit as
   * given (NDJSON and CSV alike).
   */
  @Test
  void aRefusalFromAFileNamesTheMissingValuesAndTheUnknownUnit() throws Exception {
    MethodologyCatalog c = MethodologyLibrary.builtIn();
    Path a =
        file(
            "a.ndjson",
            trip("e1", "maps", "u1", "2024-05-01T08:00:00Z", "")
                .replace("green_trip.walk", "green_trip.bus"),
            trip("e2", "maps", "u1", "2024-05-01T09:00:00Z", "").replace("\"km\"", "\"furlong\""));
    IngestReport r = open(c).ingest(a, 10);
    assertThat(r.accepted()).isZero();
    assertThat(r.problems().get(0).message())
        .contains("green_trip.bus needs required.survey.green_trip.bus.share.car")
        .contains("(event e1, METHODOLOGY_NOT_CONFIGURED)");
    assertThat(r.problems().get(1).message()).contains(": 'furlong' (event e2, UNKNOWN_UNIT)");
    Path b =
        file(
            "b.csv",
            "event_id,programme,actor,action,quantity_1,unit_1,time,region,evidence",
            "e3,maps,u2,green_trip.walk,10,leagues,2024-05-01T08:00:00Z,GB,gps");
    IngestReport csv = open(c).ingest(b, 10);
    assertThat(csv.problems().get(0).message()).contains(": 'leagues' (event e3, UNKNOWN_UNIT)");
  }

  @Test
  void countsSurviveARestartAndALaterFileRepeatingEventsIsRefused() throws Exception {
    MethodologyCatalog c = MethodologyLibrary.builtIn();
    Path a =
        file(
            "a.ndjson",
            trip("e1", "maps", "u1", "2024-05-01T08:00:00Z", "trip-1"),
            trip("e2", "maps", "u2", "2024-05-01T08:00:00Z", ""),
            "not json",
            trip("e1", "maps", "u1", "2024-05-01T08:00:00Z", "trip-1"));
    IngestReport first = open(c).ingest(a, 2);
    assertThat(first.accepted()).isEqualTo(2);
    assertThat(first.rejected())
        .containsEntry(RejectionReason.MALFORMED, 1L)
        .containsEntry(RejectionReason.DUPLICATE_EVENT, 1L);
    assertThat(first.problems()).extracting(p -> p.row()).containsExactly(3L, 4L);

    StateStore reopened = open(c);
    LedgerTotals t = reopened.ledger().totals();
    assertThat(t.acceptedEvents()).isEqualTo(2);
    assertThat(t.rejectedEvents()).isEqualTo(2);
    // 10 km of walking in GB x 47.2187 g/pkm (Raleigh survey split over DESNZ 2021 car and bus, see
    // BuiltInMethodologiesTest) = 472.187 g -> 472 g per trip
    assertThat(t.grossGrams()).isEqualTo(944);

    IngestReport same = reopened.ingest(a, 2);
    assertThat(same.accepted()).isZero();
    assertThat(same.rejectedTotal()).isZero(); // the same file is already fully read

    Path b =
        file(
            "b.ndjson",
            trip("e2", "maps", "u2", "2024-05-01T08:00:00Z", ""),
            trip("tp-9", "transit-partner", "u1", "2024-05-01T08:00:00Z", "trip-1"),
            trip("e3", "maps", "u3", "2024-06-01T08:00:00Z", ""));
    IngestReport later = reopened.ingest(b, 1000);
    assertThat(later.accepted()).isEqualTo(1);
    assertThat(later.rejected())
        .containsEntry(RejectionReason.DUPLICATE_EVENT, 1L)
        .containsEntry(RejectionReason.ALREADY_CLAIMED, 1L);
    assertThat(open(c).ledger().totals().grossGrams()).isEqualTo(1416);
  }

  @Test
  void erasureRemovesTheActorFromTheStoredHistoryAndKeepsTotals() throws Exception {
    MethodologyCatalog c = MethodologyLibrary.builtIn();
    Path a =
        file(
            "a.ndjson",
            trip("e1", "maps", "u1", "2024-05-01T08:00:00Z", ""),
            trip("e2", "maps", "u1", "2024-06-03T08:00:00Z", ""),
            trip("e3", "maps", "u2", "2024-05-01T08:00:00Z", ""));
    StateStore s = open(c);
    s.ingest(a, 1);
    List<AccountEntry> history = s.history("u1");
    assertThat(history).extracting(AccountEntry::eventId).containsExactly("e1", "e2");
    MonthlyStatement june = MonthlyStatement.of("u1", UtcCalendar.parseMonth("2024-06"), history);
    assertThat(june.openingGrams()).isEqualTo(472);
    assertThat(june.grams()).isEqualTo(472);
    assertThat(june.closingGrams()).isEqualTo(944);

    assertThat(s.erase("u1")).isTrue();
    StateStore after = open(c);
    assertThat(after.history("u1")).isEmpty();
    assertThat(after.ledger().account("u1")).isNull();
    assertThat(after.ledger().account("u2").grams()).isEqualTo(472);
    assertThat(after.ledger().totals().byProgramme()).containsEntry("maps", 1416L);
    byte[] all = concatenatedSegments(tmp.resolve("state"));
    assertThat(new String(all, java.nio.charset.StandardCharsets.ISO_8859_1)).doesNotContain("u1");
  }

  @Test
  void deductionsAreStoredAndAppliedOnce() throws Exception {
    MethodologyCatalog c = MethodologyLibrary.builtIn();
    StateStore s = open(c);
    s.ingest(file("a.ndjson", trip("e1", "maps", "u1", "2024-05-01T08:00:00Z", "")), 10);
    assertThat(s.deduct(new CreditDeduction("maps", UtcCalendar.parseMonth("2024-05"), 5, "X-1")))
        .isTrue();
    assertThat(open(c).ledger().totals().netGrams()).isEqualTo(467);
    assertThat(
            open(c)
                .deduct(new CreditDeduction("maps", UtcCalendar.parseMonth("2024-05"), 5, "X-1")))
        .isFalse();
  }

  @Test
  void csvEventsAreCountedLikeNdjson() throws Exception {
    Path csv =
        file(
            "a.csv",
            "event_id,programme,actor,action,quantity_1,unit_1,time,region,evidence,claim",
            "c1,maps,u1,green_trip.walk,10,km,2024-05-01T08:00:00Z,GB,gps,",
            "c2,maps,u1,green_trip.walk,ten,km,2024-05-01T08:00:00Z,GB,gps,",
            "c1,maps,u1,green_trip.walk,10,km,2024-05-01T08:00:00Z,GB,gps,");
    IngestReport r = open(MethodologyLibrary.builtIn()).ingest(csv, 1);
    assertThat(r.accepted()).isEqualTo(1);
    assertThat(r.rejected())
        .containsEntry(RejectionReason.INVALID_QUANTITY, 1L)
        .containsEntry(RejectionReason.DUPLICATE_EVENT, 1L);
    assertThat(r.problems().get(0).row()).isEqualTo(3);
    assertThat(open(MethodologyLibrary.builtIn()).ingest(csv, 1).accepted()).isZero();
  }

  @Test
  void aGeneratedStreamGivesTheSameTotalsInOneBatchOrInMany() throws Exception {
    MethodologyCatalog c = MethodologyLibrary.builtIn();
    Path f = tmp.resolve("gen.ndjson");
    try (OutputStream out = Files.newOutputStream(f)) {
      new EventGenerator(7, 50, 3, 0.05, 0.02, 0.02, c).write(5000, out);
    }
    StateStore.open(tmp.resolve("one"), c, null, 10).ingest(f, 1_000_000);
    LedgerTotals one = StateStore.open(tmp.resolve("one"), c, null, 10).ledger().totals();
    StateStore.open(tmp.resolve("many"), c, null, 10).ingest(f, 37);
    LedgerTotals many = StateStore.open(tmp.resolve("many"), c, null, 10).ledger().totals();
    assertThat(many).isEqualTo(one);
    assertThat(one.acceptedEvents() + one.rejectedEvents()).isEqualTo(5000);
    assertThat(one.rejections().get(RejectionReason.DAILY_CAP_REACHED)).isPositive();
  }

  @Test
  void aByteOrderMarkAndWindowsLineEndsAreAccepted() throws Exception {
    Path f = tmp.resolve("bom.ndjson");
    Files.write(
        f,
        ("\uFEFF"
                + trip("b1", "maps", "u1", "2024-05-01T08:00:00Z", "")
                + "\r\n"
                + trip("b2", "maps", "u1", "2024-05-01T09:00:00Z", "")
                + "\r\n")
            .getBytes(java.nio.charset.StandardCharsets.UTF_8));
    IngestReport r = open(MethodologyLibrary.builtIn()).ingest(f, 10);
    assertThat(r.accepted()).isEqualTo(2);
    assertThat(r.rejectedTotal()).isZero();
  }

  @Test
  void aBatchHandedOverInMemoryIsCommittedAndCountedOnce() throws Exception {
    MethodologyCatalog c = MethodologyLibrary.builtIn();
    java.util.List<org.scopeplus.core.scope3plus.Event> batch =
        java.util.List.of(
            new org.scopeplus.core.scope3plus.Event(
                "api-1",
                "maps",
                "u1",
                "green_trip.walk",
                java.util.List.of(org.scopeplus.core.scope3plus.EventQuantity.of(10, "km")),
                java.time.Instant.parse("2024-05-01T08:00:00Z"),
                "GB",
                "gps",
                ""),
            new org.scopeplus.core.scope3plus.Event(
                "api-2",
                "maps",
                "u1",
                "teleport",
                java.util.List.of(org.scopeplus.core.scope3plus.EventQuantity.of(10, "km")),
                java.time.Instant.parse("2024-05-01T08:00:00Z"),
                "GB",
                "gps",
                ""));
    IngestReport first = open(c).ingest("request-1", batch);
    assertThat(first.accepted()).isEqualTo(1);
    assertThat(first.rejected()).containsEntry(RejectionReason.UNKNOWN_ACTION, 1L);
    assertThat(first.problems().get(0).toString()).startsWith("request-1:2");
    IngestReport again = open(c).ingest("request-1", batch);
    assertThat(again.accepted()).isZero();
    assertThat(again.rejected()).containsEntry(RejectionReason.DUPLICATE_EVENT, 1L);
    // 10 km of walking in GB x 47.2187 g/pkm (Raleigh survey split over DESNZ 2021 car and bus, see
    // BuiltInMethodologiesTest) = 472.187 g -> 472 g
    assertThat(open(c).ledger().totals().grossGrams()).isEqualTo(472);
  }

  static byte[] concatenatedSegments(Path state) throws Exception {
    java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
    try (var list = Files.list(state.resolve("segments"))) {
      for (Path p : list.toList()) {
        out.write(Files.readAllBytes(p));
      }
    }
    return out.toByteArray();
  }
}

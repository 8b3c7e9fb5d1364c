package org.scopeplus.io.scope3plus;

import static org.assertj.core.api.Assertions.assertThat;
import static org.scopeplus.io.scope3plus.StateStoreTest.trip;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.scopeplus.core.scope3plus.AccountEntry;
import org.scopeplus.core.scope3plus.MethodologyCatalog;
import org.scopeplus.core.scope3plus.Points;
import org.scopeplus.core.scope3plus.PointsRates;

/**
 * A state written before points were kept in millionths of a point (segments listed without a
 * format, records holding whole points) still reads, each stored point as exactly one point, beside
 * segments written since. Built-in walk: 10 km in GB = 472 g (see {@link StateStoreReversalTest}).
 */
class StateStorePointsFormatTest {

  @TempDir Path tmp;

  private MethodologyCatalog catalog;

  @org.junit.jupiter.api.BeforeEach
  void catalog() throws Exception {
    catalog = MethodologyLibrary.builtIn();
  }

  private Path file(String name, String... lines) throws Exception {
    Path p = tmp.resolve(name);
    Files.writeString(p, String.join("\n", lines) + "\n");
    return p;
  }

  private StateStore open() throws Exception {
    return StateStore.open(tmp.resolve("state"), catalog, null, 100);
  }

  /**
   * Two trips of u1 and one of u2 at 1000 points per kg (472 g -> 472 points each), then the
   * segment made as the earlier format wrote it: whole points, no format in the manifest.
   */
  private void writeOldFormatState() throws Exception {
    StateStore s =
        StateStore.open(tmp.resolve("state"), catalog, new PointsRates(Map.of(), 1000), 100);
    s.ingest(
        file(
            "a.ndjson",
            trip("e1", "maps", "u1", "2024-05-01T08:00:00Z", ""),
            trip("e2", "maps", "u2", "2024-05-01T09:00:00Z", ""),
            trip("e3", "maps", "u1", "2024-05-03T08:00:00Z", "")),
        100);
    StoredSegments.rewriteFirst(
        tmp.resolve("state"),
        seg -> {
          assertThat(seg.path("format").asInt()).isEqualTo(2);
          seg.remove("format");
        },
        (bytes, r) -> StoredSegments.put(bytes, r.end() - 8, r.points / Points.PER_POINT));
  }

  @Test
  void anOldFormatSegmentReadsAsWholePointsBesideExactOnes() throws Exception {
    writeOldFormatState();
    StateStore s = open();
    // by hand: 2 trips x 472 points = 944 points
    assertThat(s.ledger().account("u1").points()).isEqualTo(944_000_000);
    assertThat(s.history("u1"))
        .extracting(AccountEntry::points)
        .containsExactly(472_000_000L, 472_000_000L);
    // a new event at 1 point per kg: 472 g -> 0.472 points; balance 944.472 points
    s.changePointsRates(PointsRates.standard());
    s.ingest(file("b.ndjson", trip("e4", "maps", "u1", "2024-05-04T08:00:00Z", "")), 100);
    assertThat(Points.text(s.ledger().account("u1").points())).isEqualTo("944.472");

    // read again: the old segment as whole points, the new one in millionths
    StateStore again = open();
    assertThat(Points.text(again.ledger().account("u1").points())).isEqualTo("944.472");
    assertThat(again.history("u1"))
        .extracting(AccountEntry::points)
        .containsExactly(472_000_000L, 472_000_000L, 472_000L);
    assertThat(again.historyFullScan("u1")).isEqualTo(again.history("u1"));

    // an erasure rewrites the old segment and keeps its format
    assertThat(again.erase("u2")).isTrue();
    StateStore erased = open();
    assertThat(Points.text(erased.ledger().account("u1").points())).isEqualTo("944.472");
    assertThat(erased.ledger().account("u2")).isNull();
    // reversing an old-format event takes away its 472 points exactly
    erased.reverse("e1", "booked twice");
    assertThat(Points.text(erased.ledger().account("u1").points())).isEqualTo("472.472");
  }
}

package org.scopeplus.io.scope3plus;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.scopeplus.core.scope3plus.AccountEntry;
import org.scopeplus.core.scope3plus.CreditDeduction;
import org.scopeplus.core.scope3plus.MethodologyCatalog;
import org.scopeplus.core.scope3plus.MonthlyStatement;
import org.scopeplus.core.scope3plus.UtcCalendar;

/**
 * The actor index gives exactly the history a full scan of every segment gives, over generated
 * states of many segments (records straddling the index's blocks), with erasures, reversals and
 * deductions made in between and after a restart; a missing, damaged or stale index is rebuilt, and
 * a damaged block of a segment is refused rather than read.
 */
class ActorIndexTest {

  private static final MethodologyCatalog CATALOG = catalog();

  private static MethodologyCatalog catalog() {
    try {
      return MethodologyLibrary.builtIn();
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  /**
   * A generated state: {@code events} lines over {@code actors} actors, {@code batch} per commit.
   */
  private static StateStore generated(Path dir, long seed, int actors, int events, int batch)
      throws IOException {
    Path input = dir.resolve("events.ndjson");
    try (OutputStream out = Files.newOutputStream(input)) {
      new EventGenerator(seed, actors, 400, 0.03, 0.02, 0.01, CATALOG).write(events, out);
    }
    StateStore s = StateStore.open(dir.resolve("state"), CATALOG, null, 1024);
    s.ingest(input, batch);
    return s;
  }

  private static StateStore reopen(Path dir) throws IOException {
    return StateStore.open(dir.resolve("state"), CATALOG, null, 1024);
  }

  /** Every actor's history through the index equals the full scan; returns how many were found. */
  private static int assertSameAsFullScan(StateStore s, int actors) throws IOException {
    int nonEmpty = 0;
    for (int a = -1; a <= actors; a++) { // u-1 and u<actors> were never generated
      String actor = "u" + a;
      List<AccountEntry> indexed = s.history(actor);
      assertThat(indexed).as(actor).isEqualTo(s.historyFullScan(actor));
      if (!indexed.isEmpty()) {
        nonEmpty++;
        int month = UtcCalendar.monthIndex(indexed.get(indexed.size() - 1).epochDay());
        assertThat(MonthlyStatement.of(actor, month, indexed))
            .isEqualTo(MonthlyStatement.of(actor, month, s.historyFullScan(actor)));
      }
    }
    assertThat(s.history("")).isEmpty();
    return nonEmpty;
  }

  @Property(tries = 8)
  void theIndexGivesTheHistoryOfAFullScanThroughErasuresReversalsDeductionsAndRestarts(
      @ForAll long seed,
      @ForAll @IntRange(min = 5, max = 120) int actors,
      @ForAll @IntRange(min = 60, max = 500) int batch)
      throws IOException {
    Path dir = Files.createTempDirectory("actor-index");
    try {
      StateStore s = generated(dir, seed, actors, 2000, batch);
      assertThat(s.segmentBytes()).isGreaterThan(ActorIndex.BLOCK);
      assertThat(assertSameAsFullScan(s, actors)).isPositive();

      Random random = new Random(seed);
      List<String> erased = new ArrayList<>();
      for (int i = 0; i < 3; i++) {
        String actor = "u" + random.nextInt(actors);
        if (s.erase(actor)) {
          erased.add(actor);
        }
      }
      int reversed = 0;
      for (int i = 0; i < 8; i++) {
        String actor = "u" + random.nextInt(actors);
        List<AccountEntry> h = s.history(actor);
        if (!h.isEmpty()) {
          String event = h.get(random.nextInt(h.size())).eventId();
          if (s.reverse(event, "counted by mistake")
              instanceof org.scopeplus.core.scope3plus.Reversal.Reversed) {
            reversed++;
          }
        }
      }
      assertThat(
              s.deduct(
                  new CreditDeduction("maps", UtcCalendar.parseMonth("2021-03"), 1_000_000, "R-1")))
          .isTrue();
      assertThat(reversed).isPositive();
      assertSameAsFullScan(s, actors);
      for (String actor : erased) {
        assertThat(s.history(actor)).isEmpty();
      }

      StateStore again = reopen(dir);
      assertThat(again.rebuiltIndexes()).isZero();
      assertSameAsFullScan(again, actors);
      for (String actor : List.of("u0", "u1", "u" + (actors - 1))) {
        assertThat(again.history(actor)).isEqualTo(s.history(actor));
      }
    } finally {
      deleteTree(dir);
    }
  }

  @Property(tries = 3)
  void aMissingDamagedOrStaleIndexIsRebuiltOnOpenAndGivesTheSameHistories(@ForAll long seed)
      throws IOException {
    Path dir = Files.createTempDirectory("actor-index");
    try {
      StateStore s = generated(dir, seed, 60, 1000, 150);
      List<List<AccountEntry>> before = new ArrayList<>();
      for (int a = 0; a < 60; a++) {
        before.add(s.history("u" + a));
      }
      List<Path> indexes = indexFiles(dir);
      assertThat(indexes).hasSizeGreaterThanOrEqualTo(4);
      byte[] intact = Files.readAllBytes(indexes.get(1));

      Files.delete(indexes.get(0));
      byte[] damaged = intact.clone();
      damaged[damaged.length / 2] ^= 0x10;
      Files.write(indexes.get(1), damaged);
      Files.copy(indexes.get(2), indexes.get(3), StandardCopyOption.REPLACE_EXISTING);

      StateStore reopened = reopen(dir);
      assertThat(reopened.rebuiltIndexes()).isEqualTo(3);
      for (int a = 0; a < 60; a++) {
        assertThat(reopened.history("u" + a)).isEqualTo(before.get(a));
      }
      assertThat(Files.readAllBytes(indexes.get(1))).isEqualTo(intact);
      assertThat(reopen(dir).rebuiltIndexes()).isZero();
    } finally {
      deleteTree(dir);
    }
  }

  @Property(tries = 3)
  void aDamagedSegmentBlockIsRefusedNotRead(@ForAll long seed) throws IOException {
    Path dir = Files.createTempDirectory("actor-index");
    try {
      StateStore s = generated(dir, seed, 20, 1000, 1000);
      List<AccountEntry> h = s.history("u3");
      assertThat(h).isNotEmpty();
      Path segment;
      try (Stream<Path> list = Files.list(dir.resolve("state/segments"))) {
        segment = list.findFirst().orElseThrow();
      }
      byte[] bytes = Files.readAllBytes(segment);
      SegmentRecord r = new SegmentRecord(bytes);
      while (r.next()) {
        if (new String(bytes, r.actorOff, r.actorLen, java.nio.charset.StandardCharsets.UTF_8)
            .equals("u3")) {
          bytes[r.end() - 1] ^= 1; // the last byte of the actor's record's points
          break;
        }
      }
      Files.write(segment, bytes);
      assertThatThrownBy(() -> s.history("u3"))
          .isInstanceOf(IOException.class)
          .hasMessageContaining("damaged");
    } finally {
      deleteTree(dir);
    }
  }

  @Property(tries = 50)
  void anIndexFileReadsBackAndIsRefusedForAnotherSegmentContent(
      @ForAll long seed, @ForAll @IntRange(min = 0, max = 5000) int records) {
    Random random = new Random(seed);
    SegmentBuffer seg = new SegmentBuffer();
    ActorIndex.Entries entries = new ActorIndex.Entries();
    for (int i = 0; i < records; i++) {
      long start = seg.size;
      byte[] id = ("e" + i).getBytes(java.nio.charset.StandardCharsets.UTF_8);
      byte[] actor =
          (random.nextInt(10) == 0 ? "" : "a" + random.nextInt(50))
              .getBytes(java.nio.charset.StandardCharsets.UTF_8);
      seg.field(id, 0, id.length);
      seg.field(id, 0, 0);
      int actorAt = seg.size;
      seg.field(actor, 0, actor.length);
      entries.add(actorAt + 1, actor.length, seg.bytes, start);
      seg.field(id, 0, random.nextInt(id.length + 1));
      seg.u16(0);
      seg.u16(0);
      seg.u16(0);
      seg.i32(random.nextInt());
      seg.i64(random.nextLong());
      seg.i64(random.nextLong());
    }
    ActorIndex built = ActorIndex.build(seg.bytes, seg.size);
    ActorIndex.Blocks blocks = new ActorIndex.Blocks();
    blocks.update(seg.bytes, 0, seg.size);
    assertThat(ActorIndex.of(entries.toArray(), blocks.finish())).isEqualTo(built);

    byte[] file = built.encode(seg.size, 42);
    assertThat(ActorIndex.decode(file, seg.size, 42)).isEqualTo(built);
    assertThat(ActorIndex.decode(file, seg.size, 43)).isNull();
    assertThat(ActorIndex.decode(file, seg.size + 1L, 42)).isNull();
    byte[] flipped = file.clone();
    flipped[random.nextInt(flipped.length)] ^= (byte) (1 << random.nextInt(8));
    assertThat(ActorIndex.decode(flipped, seg.size, 42)).isNull();
    assertThat(ActorIndex.decode(java.util.Arrays.copyOf(file, file.length - 1), seg.size, 42))
        .isNull();
  }

  private static List<Path> indexFiles(Path dir) throws IOException {
    try (Stream<Path> list = Files.list(dir.resolve("state/index"))) {
      return list.sorted().toList();
    }
  }

  private static void deleteTree(Path p) throws IOException {
    try (Stream<Path> walk = Files.walk(p)) {
      for (Path x : walk.sorted(Comparator.reverseOrder()).toList()) {
        Files.delete(x);
      }
    }
  }
}

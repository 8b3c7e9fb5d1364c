package org.scopeplus.io.scope3plus;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.scopeplus.io.scope3plus.StateStoreTest.trip;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.scopeplus.core.scope3plus.AccountEntry;
import org.scopeplus.core.scope3plus.CreditDeduction;
import org.scopeplus.core.scope3plus.MethodologyCatalog;
import org.scopeplus.core.scope3plus.UtcCalendar;
import tools.jackson.databind.json.JsonMapper;

/**
 * Changes are written before memory changes: a deduction or an erasure that cannot be written (the
 * manifest's temporary file, or the next segment file, has its name taken by a folder, so the write
 * fails as a full or broken disk would make it fail) changes nothing in memory or on disk and is
 * refused with an {@link IOException} that says so; deductions acknowledged by a process killed
 * with SIGKILL are all there after a restart. Built-in walk: 10 km in GB x 47.2187 g/pkm (Raleigh
 * survey split over DESNZ 2021 car and bus) = 472.187 g, rounded to 472 g.
 */
class StateStoreDurabilityTest {

  @TempDir Path tmp;

  private static final int MAY = UtcCalendar.parseMonth("2024-05");

  private MethodologyCatalog catalog;

  private StateStore open() throws Exception {
    if (catalog == null) {
      catalog = MethodologyLibrary.builtIn();
    }
    return StateStore.open(tmp.resolve("state"), catalog, null, 1000);
  }

  private StateStore withTwoAccounts() throws Exception {
    StateStore s = open();
    Path f = tmp.resolve("a.ndjson");
    Files.writeString(
        f,
        String.join(
                "\n",
                trip("e1", "maps", "u1", "2024-05-01T08:00:00Z", ""),
                trip("e2", "maps", "u2", "2024-05-01T08:00:00Z", ""),
                trip("e3", "maps", "u1", "2024-05-02T08:00:00Z", ""),
                trip("e4", "maps", "u2", "2024-05-02T08:00:00Z", ""))
            + "\n");
    s.ingest(f, 2);
    return s;
  }

  /** Takes the name {@code name} in the state folder with a non-empty folder. */
  private Path block(String name) throws IOException {
    Path p = tmp.resolve("state").resolve(name);
    Files.createDirectories(p.resolve("in-the-way"));
    return p;
  }

  private static void unblock(Path p) throws IOException {
    try (Stream<Path> walk = Files.walk(p)) {
      for (Path x : walk.sorted(Comparator.reverseOrder()).toList()) {
        Files.delete(x);
      }
    }
  }

  private byte[] manifest() throws IOException {
    return Files.readAllBytes(tmp.resolve("state/manifest.json"));
  }

  /** The name of the segment file the store will write next, as its manifest says. */
  private String nextSegment() throws IOException {
    int n = JsonMapper.builder().build().readTree(manifest()).path("nextSegment").asInt();
    return String.format("segments/seg-%08d.bin", n);
  }

  @Test
  void aDeductionThatCannotBeWrittenChangesNothingAndIsRefusedSayingSo() throws Exception {
    StateStore s = withTwoAccounts();
    CreditDeduction d = new CreditDeduction("maps", MAY, 5, "VCS-1");
    byte[] before = manifest();
    Path blocked = block("manifest.json.tmp");

    assertThatThrownBy(() -> s.deduct(d))
        .isInstanceOf(IOException.class)
        .hasMessageContaining("VCS-1")
        .hasMessageContaining("nothing was deducted");

    assertThat(s.ledger().deducted("VCS-1")).isFalse();
    assertThat(s.ledger().deductions()).isEmpty();
    assertThat(s.ledger().totals().deductedGrams()).isZero();
    assertThat(s.ledger().totals().netGrams()).isEqualTo(4 * 472);
    assertThat(manifest()).isEqualTo(before);
    unblock(blocked);
    assertThat(open().ledger().deductions()).isEmpty();

    assertThat(s.deduct(d)).isTrue();
    assertThat(s.ledger().totals().netGrams()).isEqualTo(4 * 472 - 5);
    StateStore reopened = open();
    assertThat(reopened.ledger().deductions()).containsExactly(d);
    assertThat(reopened.ledger().totals().netGrams()).isEqualTo(4 * 472 - 5);
    assertThat(reopened.deduct(d)).isFalse();
  }

  @Test
  void anErasureWhoseManifestCannotBeWrittenChangesNothing() throws Exception {
    StateStore s = withTwoAccounts();
    List<AccountEntry> history = s.history("u1");
    assertThat(history).extracting(AccountEntry::eventId).containsExactly("e1", "e3");
    byte[] before = manifest();
    Path blocked = block("manifest.json.tmp");

    assertThatThrownBy(() -> s.erase("u1")).isInstanceOf(IOException.class);

    assertThat(s.ledger().hasAccount("u1")).isTrue();
    assertThat(s.ledger().account("u1").grams()).isEqualTo(944);
    assertThat(s.history("u1")).isEqualTo(history);
    assertThat(s.historyFullScan("u1")).isEqualTo(history);
    assertThat(manifest()).isEqualTo(before);
    unblock(blocked);
    assertThat(open().history("u1")).isEqualTo(history);

    assertThat(s.erase("u1")).isTrue();
    assertThat(s.history("u1")).isEmpty();
    StateStore reopened = open();
    assertThat(reopened.rebuiltIndexes()).isZero();
    assertThat(reopened.history("u1")).isEmpty();
    assertThat(reopened.history("u2"))
        .extracting(AccountEntry::eventId)
        .containsExactly("e2", "e4");
    assertThat(reopened.ledger().totals().grossGrams()).isEqualTo(4 * 472);
  }

  @Test
  void anErasureWhoseSegmentCannotBeWrittenChangesNothing() throws Exception {
    StateStore s = withTwoAccounts();
    List<AccountEntry> history = s.history("u2");
    byte[] before = manifest();
    Path blocked = block(nextSegment());

    assertThatThrownBy(() -> s.erase("u2")).isInstanceOf(IOException.class);

    assertThat(s.ledger().hasAccount("u2")).isTrue();
    assertThat(s.history("u2")).isEqualTo(history);
    assertThat(manifest()).isEqualTo(before);
    unblock(blocked);
    StateStore reopened = open();
    assertThat(reopened.history("u2")).isEqualTo(history);
    assertThat(reopened.erase("u2")).isTrue();
    assertThat(open().history("u2")).isEmpty();
    assertThat(open().history("u1")).extracting(AccountEntry::eventId).containsExactly("e1", "e3");
  }

  @Test
  void deductionsAcknowledgedBeforeAKillAreThereAfterARestartAndARerunMakesEachOnce()
      throws Exception {
    Path state = tmp.resolve("state");
    Process child = spawn(state, 1_000_000).start();
    List<String> acknowledged = new ArrayList<>();
    try (BufferedReader out =
        new BufferedReader(new InputStreamReader(child.getInputStream(), StandardCharsets.UTF_8))) {
      String line;
      while (acknowledged.size() < 40 && (line = out.readLine()) != null) {
        acknowledged.add(line);
      }
      child.destroyForcibly();
      child.waitFor(60, TimeUnit.SECONDS);
    }
    assertThat(acknowledged).as("the child made deductions before it was killed").hasSize(40);

    List<String> made = references(open());
    assertThat(made).startsWith(acknowledged.toArray(String[]::new));
    assertThat(made).isEqualTo(expected(made.size()));

    int all = made.size() + 10;
    Process again = spawn(state, all).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
    assertThat(again.waitFor(120, TimeUnit.SECONDS)).isTrue();
    assertThat(again.exitValue()).isZero();
    StateStore after = open();
    assertThat(references(after)).isEqualTo(expected(all));
    assertThat(after.ledger().totals().deductedGrams()).isEqualTo(all * 1_000_000L);
  }

  private static List<String> references(StateStore s) {
    return s.ledger().deductions().stream().map(CreditDeduction::reference).toList();
  }

  private static List<String> expected(int n) {
    return IntStream.range(0, n).mapToObj(i -> "D-" + i).toList();
  }

  private static ProcessBuilder spawn(Path state, int deductions) {
    String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    return new ProcessBuilder(
            List.of(
                java,
                "-cp",
                System.getProperty("java.class.path"),
                DeductChild.class.getName(),
                state.toString(),
                Integer.toString(deductions)))
        .redirectError(ProcessBuilder.Redirect.DISCARD);
  }

  private static org.scopeplus.core.scope3plus.Event walk(String id, String actor, String time) {
    return new org.scopeplus.core.scope3plus.Event(
        id,
        "maps",
        actor,
        "green_trip.walk",
        List.of(org.scopeplus.core.scope3plus.EventQuantity.of(10, "km")),
        java.time.Instant.parse(time),
        "GB",
        "gps",
        "");
  }

  @Test
  void aBatchThatCannotBeCommittedLeavesMemoryAsTheDiskHasIt() throws Exception {
    StateStore s = withTwoAccounts();
    var totals = s.ledger().totals();
    byte[] before = manifest();
    List<org.scopeplus.core.scope3plus.Event> batch =
        List.of(walk("e5", "u3", "2024-05-03T08:00:00Z"), walk("e6", "u1", "2024-05-03T08:00:00Z"));
    Path blocked = block("manifest.json.tmp");

    assertThatThrownBy(() -> s.ingest("request-7", batch)).isInstanceOf(IOException.class);

    assertThat(s.ledger().totals()).isEqualTo(totals);
    assertThat(s.ledger().hasAccount("u3")).isFalse();
    assertThat(s.ledger().account("u1").grams()).isEqualTo(944);
    assertThat(s.history("u1")).extracting(AccountEntry::eventId).containsExactly("e1", "e3");
    assertThat(manifest()).isEqualTo(before);
    unblock(blocked);

    // the same batch sent again counts, once: memory did not keep its ids as counted
    IngestReport again = s.ingest("request-7", batch);
    assertThat(again.accepted()).isEqualTo(2);
    assertThat(again.rejected()).isEmpty();
    assertThat(s.ledger().totals().grossGrams()).isEqualTo(6 * 472);
    assertThat(s.ledger().account("u3").grams()).isEqualTo(472);
    StateStore reopened = open();
    assertThat(reopened.ledger().totals()).isEqualTo(s.ledger().totals());
    assertThat(reopened.history("u1"))
        .extracting(AccountEntry::eventId)
        .containsExactly("e1", "e3", "e6");
  }

  @Test
  void aFileWhoseSegmentCannotBeWrittenLeavesMemoryAtTheLastCommit() throws Exception {
    StateStore s = withTwoAccounts();
    var totals = s.ledger().totals();
    Path f = tmp.resolve("b.ndjson");
    Files.writeString(
        f,
        String.join(
                "\n",
                trip("e7", "maps", "u7", "2024-05-04T08:00:00Z", ""),
                trip("e8", "maps", "u8", "2024-05-04T08:00:00Z", ""))
            + "\n");
    Path blocked = block(nextSegment());

    assertThatThrownBy(() -> s.ingest(f, 10)).isInstanceOf(IOException.class);

    assertThat(s.ledger().totals()).isEqualTo(totals);
    assertThat(s.ledger().hasAccount("u7")).isFalse();
    assertThat(s.ledger().hasAccount("u8")).isFalse();
    unblock(blocked);

    IngestReport again = s.ingest(f, 10);
    assertThat(again.accepted()).isEqualTo(2);
    assertThat(again.rejected()).isEmpty();
    assertThat(open().ledger().totals()).isEqualTo(s.ledger().totals());
    assertThat(s.ledger().totals().grossGrams()).isEqualTo(6 * 472);
  }
}

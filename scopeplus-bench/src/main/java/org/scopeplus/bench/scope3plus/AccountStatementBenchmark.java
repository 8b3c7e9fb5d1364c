package org.scopeplus.bench.scope3plus;

import static org.scopeplus.bench.scope3plus.EcosystemBenchmark.print;
import static org.scopeplus.bench.scope3plus.EcosystemBenchmark.secs;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;
import org.scopeplus.core.scope3plus.AccountEntry;
import org.scopeplus.core.scope3plus.MethodologyCatalog;
import org.scopeplus.core.scope3plus.MonthlyStatement;
import org.scopeplus.core.scope3plus.UtcCalendar;
import org.scopeplus.io.scope3plus.MethodologyLibrary;
import org.scopeplus.io.scope3plus.StateStore;

/**
 * Times a personal account's monthly statement (the actor's history, then the statement of one
 * month) on a durable Scope 3+ state of many segments: through the actor index, and by reading
 * every segment through as the store did before the index ({@link StateStore#historyFullScan}), on
 * the same actors, checking that both give the same statement. Also times opening the state with
 * its indexes and with every index rebuilt. The input is {@link EcosystemBenchmark}'s (seed 42, one
 * actor per ten events). Arguments: {@code events [dir] [lines per segment] [requests]}.
 */
public final class AccountStatementBenchmark {

  private AccountStatementBenchmark() {}

  /** Runs the benchmark and prints its figures. */
  public static void main(String[] args) throws Exception {
    long events = Long.parseLong(args.length > 0 ? args[0] : "10000000");
    Path dir = Path.of(args.length > 1 ? args[1] : "target/statement-bench");
    int batch = Integer.parseInt(args.length > 2 ? args[2] : "100000");
    int requests = Integer.parseInt(args.length > 3 ? args[3] : "1000");
    int expected = (int) Math.min(events, 1 << 30);
    Files.createDirectories(dir);
    MethodologyCatalog catalog = MethodologyLibrary.builtIn();
    int actors = (int) Math.max(1000, events / 10);
    Path input = dir.resolve("events-" + events + ".ndjson");
    if (!Files.exists(input)) {
      long t0 = System.nanoTime();
      try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(input), 1 << 20)) {
        EcosystemBenchmark.generator(events, catalog).write(events, out);
      }
      print("generated %s (%,d bytes) in %.1f s", input, Files.size(input), secs(t0));
    }
    Path state = dir.resolve("state-" + events + "-" + batch);
    if (!Files.exists(state.resolve("manifest.json"))) {
      long t0 = System.nanoTime();
      StateStore.open(state, catalog, null, expected).ingest(input, batch);
      print("ingested %,d lines, a segment every %,d lines, in %.1f s", events, batch, secs(t0));
    }
    print(
        "machine: %d cores usable by this process, Java %s (%s)",
        Runtime.getRuntime().availableProcessors(),
        System.getProperty("java.version"),
        System.getProperty("java.vm.name"));

    deleteTree(state.resolve("index"));
    long t0 = System.nanoTime();
    StateStore.open(state, catalog, null, expected);
    print("open, rebuilding every actor index: %.2f s", secs(t0));
    System.gc();
    t0 = System.nanoTime();
    StateStore store = StateStore.open(state, catalog, null, expected);
    double open = secs(t0);
    print(
        "open with the indexes: %.2f s; %,d segments, %,d segment bytes, %,d index bytes,"
            + " %,d actors",
        open,
        count(state.resolve("segments")),
        store.segmentBytes(),
        bytes(state.resolve("index")),
        store.ledger().actorCount());

    Random random = new Random(42);
    String[] sample = new String[requests];
    for (int i = 0; i < requests; i++) {
      sample[i] = "u" + random.nextInt(actors);
    }
    for (int i = 0; i < Math.min(requests, 200); i++) { // warm-up
      statement(store, sample[i], true);
    }
    long[] indexed = new long[requests];
    long entries = 0;
    for (int i = 0; i < requests; i++) {
      long s = System.nanoTime();
      entries += statement(store, sample[i], true).entries().size();
      indexed[i] = System.nanoTime() - s;
    }
    report("through the actor index", indexed, requests, entries);

    int scans = Math.max(3, Math.min(20, requests / 50));
    statement(store, sample[0], false); // warm-up
    long[] scanned = new long[scans];
    for (int i = 0; i < scans; i++) {
      long s = System.nanoTime();
      MonthlyStatement full = statement(store, sample[i], false);
      scanned[i] = System.nanoTime() - s;
      if (!full.equals(statement(store, sample[i], true))) {
        throw new IllegalStateException("the index and the full scan differ for " + sample[i]);
      }
    }
    report("reading every segment (before the index)", scanned, scans, -1);
    print(
        "median ratio full scan / index: %.0fx; the %d actors scanned have the same statement"
            + " both ways",
        (double) median(scanned) / median(indexed), scans);
  }

  /** The statement of the month of the actor's latest event (or 2023-06 when it has none). */
  private static MonthlyStatement statement(StateStore store, String actor, boolean index)
      throws IOException {
    List<AccountEntry> history = index ? store.history(actor) : store.historyFullScan(actor);
    int month =
        history.isEmpty()
            ? UtcCalendar.parseMonth("2023-06")
            : UtcCalendar.monthIndex(history.get(history.size() - 1).epochDay());
    return MonthlyStatement.of(actor, month, history);
  }

  private static void report(String how, long[] nanos, int n, long entries) {
    long[] sorted = nanos.clone();
    Arrays.sort(sorted);
    print(
        "statement %s: %,d requests, median %.3f ms, p99 %.3f ms, max %.3f ms, mean %.3f ms%s",
        how,
        n,
        sorted[n / 2] / 1e6,
        sorted[Math.min(n - 1, (int) Math.ceil(n * 0.99) - 1)] / 1e6,
        sorted[n - 1] / 1e6,
        Arrays.stream(sorted).average().orElse(0) / 1e6,
        entries < 0 ? "" : String.format(", %.1f entries per statement", (double) entries / n));
  }

  private static long median(long[] nanos) {
    long[] sorted = nanos.clone();
    Arrays.sort(sorted);
    return sorted[sorted.length / 2];
  }

  private static long count(Path folder) throws IOException {
    try (Stream<Path> list = Files.list(folder)) {
      return list.count();
    }
  }

  private static long bytes(Path folder) throws IOException {
    long total = 0;
    try (Stream<Path> list = Files.list(folder)) {
      for (Path p : list.toList()) {
        total += Files.size(p);
      }
    }
    return total;
  }

  private static void deleteTree(Path p) throws IOException {
    if (!Files.exists(p)) {
      return;
    }
    List<Path> all = new ArrayList<>();
    try (Stream<Path> walk = Files.walk(p)) {
      walk.sorted(Comparator.reverseOrder()).forEach(all::add);
    }
    for (Path x : all) {
      Files.delete(x);
    }
  }
}

package org.scopeplus.bench.scope3plus;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.Locale;
import java.util.stream.Stream;
import org.scopeplus.core.scope3plus.Eligibility;
import org.scopeplus.core.scope3plus.Ledger;
import org.scopeplus.core.scope3plus.LedgerTotals;
import org.scopeplus.core.scope3plus.Methodology;
import org.scopeplus.core.scope3plus.MethodologyCatalog;
import org.scopeplus.core.scope3plus.PointsRates;
import org.scopeplus.core.scope3plus.RejectionReason;
import org.scopeplus.io.scope3plus.EventBatch;
import org.scopeplus.io.scope3plus.EventGenerator;
import org.scopeplus.io.scope3plus.MethodologyLibrary;
import org.scopeplus.io.scope3plus.NdjsonEventReader;
import org.scopeplus.io.scope3plus.StateStore;

/**
 * End-to-end Scope 3+ benchmark: generates seeded NDJSON events, counts them with the embedded
 * engine (in memory, then with the durable state store), and runs the same de-duplication and
 * aggregation in DuckDB and in PostgreSQL ({@code INSERT ... ON CONFLICT DO NOTHING}) on the same
 * input. Arguments: {@code events [dir] [duckdb] [postgres[=N]] [store] [caps-off]
 * [expect=COUNTED:GROSS_GRAMS]}; with {@code expect} the run fails unless the engine counted that
 * many events for that many gross grams (a faster engine must reach the same verdicts and grams).
 */
public final class EcosystemBenchmark {

  private EcosystemBenchmark() {}

  /** Runs the benchmark and prints its figures. */
  public static void main(String[] args) throws Exception {
    long events = Long.parseLong(args.length > 0 ? args[0] : "10000000");
    Path dir = Path.of(args.length > 1 ? args[1] : "target/ecosystem-bench");
    boolean duck = false;
    boolean store = false;
    boolean capsOff = false;
    long postgres = 0;
    long[] expected = null;
    for (int i = 2; i < args.length; i++) {
      if (args[i].equals("duckdb")) {
        duck = true;
      } else if (args[i].equals("store")) {
        store = true;
      } else if (args[i].equals("caps-off")) {
        capsOff = true;
      } else if (args[i].startsWith("expect=")) {
        String[] parts = args[i].substring("expect=".length()).split(":");
        expected = new long[] {Long.parseLong(parts[0]), Long.parseLong(parts[1])};
      } else if (args[i].startsWith("postgres")) {
        postgres = args[i].contains("=") ? Long.parseLong(args[i].split("=")[1]) : events;
      }
    }
    Files.createDirectories(dir);
    MethodologyCatalog catalog = MethodologyLibrary.builtIn();
    Path input = dir.resolve("events-" + events + ".ndjson");
    if (!Files.exists(input)) {
      long t0 = System.nanoTime();
      try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(input), 1 << 20)) {
        generator(events, catalog).write(events, out);
      }
      print("generated %s (%,d bytes) in %.1f s", input, Files.size(input), secs(t0));
    }
    print(
        "machine: %d cores usable by this process (taskset), %s, Java %s (%s)",
        Runtime.getRuntime().availableProcessors(),
        cpuModel(),
        System.getProperty("java.version"),
        System.getProperty("java.vm.name"));

    Path warmInput = dir.resolve("warm-up.ndjson");
    if (!Files.exists(warmInput)) {
      try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(warmInput), 1 << 20)) {
        new EventGenerator(7, 100_000, 5 * 365, 0.02, 0.01, 0.005, catalog).write(1_000_000, out);
      }
    }
    Engine warm = engine(warmInput, catalog, 1_000_000);
    print("warm-up pass (1,000,000 other events): %,.0f events/s", warm.perSecond());
    Engine run = engine(input, catalog, events);
    LedgerTotals t = run.ledger.totals();
    print(
        "engine (NDJSON -> aggregates, exact de-dup): %,d lines in %.2f s wall, %.2f s CPU:"
            + " %,.0f events/s wall, %,.0f events/s CPU",
        events, run.wallSeconds, run.cpuSeconds, run.perSecond(), events / run.cpuSeconds);
    print(
        "counted %,d, refused %,d (duplicates %,d, claimed twice %,d, daily cap %,d, malformed %,d,"
            + " unknown action %,d, invalid quantity %,d); gross %,d g; aggregate cells %,d",
        t.acceptedEvents(),
        t.rejectedEvents(),
        t.rejections().get(RejectionReason.DUPLICATE_EVENT),
        t.rejections().get(RejectionReason.ALREADY_CLAIMED),
        t.rejections().get(RejectionReason.DAILY_CAP_REACHED),
        t.rejections().get(RejectionReason.MALFORMED),
        t.rejections().get(RejectionReason.UNKNOWN_ACTION),
        t.rejections().get(RejectionReason.INVALID_QUANTITY),
        t.grossGrams(),
        t.rows().size());
    StringBuilder reasons = new StringBuilder();
    for (RejectionReason r : RejectionReason.values()) {
      long c = t.rejections().getOrDefault(r, 0L);
      if (c > 0) {
        reasons.append(reasons.length() == 0 ? "" : ", ").append(r).append(' ').append(c);
      }
    }
    print("refusals by reason: %s", reasons);
    if (expected != null && (t.acceptedEvents() != expected[0] || t.grossGrams() != expected[1])) {
      throw new IllegalStateException(
          String.format(
              Locale.ROOT,
              "expected %,d counted for %,d g gross, got %,d for %,d g",
              expected[0],
              expected[1],
              t.acceptedEvents(),
              t.grossGrams()));
    }
    print(
        "memory: event-id set %,d bytes for %,d distinct ids = %.1f bytes per id;"
            + " heap after GC %,d MB",
        run.ledger.eventIdBytes(),
        t.acceptedEvents(),
        (double) run.ledger.eventIdBytes() / t.acceptedEvents(),
        run.heapAfter / (1 << 20));

    if (capsOff) {
      Engine free = engine(input, withoutDailyCaps(catalog), events);
      print(
          "engine with the daily caps set to none (what the cap counters cost): %.2f s wall,"
              + " %.2f s CPU, %,.0f events/s CPU",
          free.wallSeconds, free.cpuSeconds, events / free.cpuSeconds);
      LedgerTotals f = free.ledger.totals();
      print(
          "  with the caps set to none: counted %,d, refused for the daily cap %,d; gross %,d g",
          f.acceptedEvents(),
          f.rejections().get(RejectionReason.DAILY_CAP_REACHED),
          f.grossGrams());
    }
    if (store) {
      Path state = dir.resolve("state");
      deleteTree(state);
      long t0 = System.nanoTime();
      StateStore s = StateStore.open(state, catalog, null, (int) Math.min(events, 1 << 30));
      s.ingest(input, StateStore.DEFAULT_BATCH);
      double secs = secs(t0);
      print(
          "durable store (segments + fsync + manifest per 1,000,000 lines): %.2f s, %,.0f events/s,"
              + " %,d segment bytes",
          secs, events / secs, s.segmentBytes());
      LedgerTotals reopened =
          StateStore.open(state, catalog, null, (int) Math.min(events, 1 << 30)).ledger().totals();
      print("store reopened: totals equal to the in-memory run: %s", reopened.equals(t));
    }
    long comparable = t.acceptedEvents() + t.rejections().get(RejectionReason.DAILY_CAP_REACHED);
    if (duck) {
      SqlBaselines.Result r = SqlBaselines.duckdb(input, catalog);
      print(
          "DuckDB (1 thread, read_json + window de-dup + GROUP BY): %.2f s, %,.0f events/s;"
              + " %,d events kept (engine without caps: %,d); ratio engine/DuckDB %.1fx",
          r.seconds(), events / r.seconds(), r.kept(), comparable, r.seconds() / run.wallSeconds);
    }
    if (postgres > 0) {
      SqlBaselines.Result r = SqlBaselines.postgres(input, catalog, postgres);
      double engineSecondsForSameLines = run.wallSeconds * postgres / events;
      print(
          "PostgreSQL (INSERT ... ON CONFLICT DO NOTHING, batches of 10,000, GROUP BY): %,d lines"
              + " in %.2f s, %,.0f events/s; %,d events kept; ratio engine/PostgreSQL %.1fx",
          postgres,
          r.seconds(),
          postgres / r.seconds(),
          r.kept(),
          r.seconds() / engineSecondsForSameLines);
    }
  }

  /**
   * The same methodologies with every daily cap set to none: regions, exceptions, claims, vintages
   * and plausibility bounds stay as they are, so the two passes differ only in the cap counters.
   */
  private static MethodologyCatalog withoutDailyCaps(MethodologyCatalog catalog) {
    java.util.List<Methodology> out = new java.util.ArrayList<>();
    for (Methodology m : catalog.methodologies()) {
      Eligibility e = m.eligibility();
      out.add(
          new Methodology(
              m.action(),
              m.version(),
              m.title(),
              m.kind(),
              m.dimensions(),
              m.parameters(),
              new Eligibility(
                  e.minimumFirstQuantity(), e.maximumSecondQuantity(), 0, e.maximumQuantities()),
              m.baselineNote(),
              m.validity(),
              m.claiming(),
              m.vintages(),
              m.titleZh()));
    }
    return new MethodologyCatalog(
        catalog.version() + "-without-caps",
        out,
        catalog.retired(),
        catalog.recyclingCreditedSide(),
        catalog.changes());
  }

  static EventGenerator generator(long events, MethodologyCatalog catalog) {
    int actors = (int) Math.max(1000, events / 10);
    return new EventGenerator(42, actors, 5 * 365, 0.02, 0.01, 0.005, catalog);
  }

  private record Engine(
      Ledger ledger, double wallSeconds, double cpuSeconds, long lines, long heapAfter) {
    double perSecond() {
      return lines / wallSeconds;
    }
  }

  private static Engine engine(Path input, MethodologyCatalog catalog, long events)
      throws IOException {
    System.gc();
    Ledger ledger = new Ledger(catalog, PointsRates.standard(), (int) Math.min(events, 1 << 30));
    long[] lines = {0};
    ThreadMXBean threads = ManagementFactory.getThreadMXBean();
    long cpu0 = threads.getCurrentThreadCpuTime();
    long t0 = System.nanoTime();
    try (InputStream in = Files.newInputStream(input)) {
      new NdjsonEventReader()
          .read(
              in,
              0,
              1,
              (EventBatch b) -> {
                ledger.offerAll(b.events, b.malformed, b.size, (Ledger.Offered) null);
                for (int i = 0; i < b.size; i++) {
                  if (b.malformed[i]) {
                    ledger.reject(RejectionReason.MALFORMED);
                  }
                }
                lines[0] += b.size;
              });
    }
    double wall = secs(t0);
    double cpu = (threads.getCurrentThreadCpuTime() - cpu0) / 1e9;
    System.gc();
    Runtime rt = Runtime.getRuntime();
    return new Engine(ledger, wall, cpu, lines[0], rt.totalMemory() - rt.freeMemory());
  }

  static double secs(long t0) {
    return (System.nanoTime() - t0) / 1e9;
  }

  static void print(String format, Object... args) {
    System.out.println(String.format(Locale.ROOT, format, args));
    System.out.flush();
  }

  private static String cpuModel() {
    try (Stream<String> lines = Files.lines(Path.of("/proc/cpuinfo"))) {
      return lines
          .filter(l -> l.startsWith("model name"))
          .map(l -> l.substring(l.indexOf(':') + 1).strip())
          .findFirst()
          .orElse("unknown CPU");
    } catch (IOException e) {
      return "unknown CPU";
    }
  }

  private static void deleteTree(Path p) throws IOException {
    if (!Files.exists(p)) {
      return;
    }
    try (Stream<Path> walk = Files.walk(p)) {
      for (Path x : walk.sorted(Comparator.reverseOrder()).toList()) {
        Files.delete(x);
      }
    }
  }
}

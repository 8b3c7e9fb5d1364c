package org.scopeplus.bench.service;

import java.io.OutputStream;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.ThreadLocalRandom;
import org.scopeplus.core.gas.GwpSet;
import org.scopeplus.core.org.ConsolidationApproach;
import org.scopeplus.io.builtin.BuiltInReferenceData;
import org.scopeplus.io.builtin.ReferenceData;
import org.scopeplus.io.demo.ActivityGenerator;
import org.scopeplus.store.Database;
import org.scopeplus.store.DatabaseSettings;
import org.scopeplus.store.activity.ImportOutcome;
import org.scopeplus.store.activity.ImportingActivities;
import org.scopeplus.store.activity.StoredRowsDigest;
import org.scopeplus.store.org.PeriodStore;
import org.scopeplus.store.run.CalculatingRun;
import org.scopeplus.store.run.RunOutcome;
import org.scopeplus.store.run.RunRequest;
import org.scopeplus.store.run.SnapshotReaders;
import org.scopeplus.store.run.StoredRunDigest;
import org.scopeplus.store.tenant.TenantStore;

/**
 * A period of generated activity records (the demo's mix, {@link ActivityGenerator} seed 42)
 * imported and calculated through the service's store, as the API does: {@link ImportingActivities}
 * in one transaction, then {@link CalculatingRun} in another, storing every result and trace line.
 * On PostgreSQL (a fresh schema, dropped at the end) and on H2 (a file database in the work
 * folder). Prints rows per second of the import and records per second of the run, wall time and
 * this JVM's CPU time, and the heap: its limit and the peak in use.
 *
 * <pre>
 * PeriodThroughput [--rows N] [--dir DIR] [--databases postgres,h2] [--pg-url URL] [--import-only]
 *                  [--imports N] [--run-reader on|off] [--run-threads 1|2] [--lookups]
 *                  [--refuse-row R]
 * </pre>
 *
 * <p>{@code --imports N} imports the file N times in this JVM, each time into a new period of the
 * same tenant, and prints each: the first import's CPU includes the JIT compiling the import's code
 * (on the same core when the JVM is pinned to one), the later ones run compiled code, as a service
 * that has been up a while does. The run, unless {@code --import-only}, calculates the last period.
 *
 * <p>{@code --run-reader} (on by default, as the service runs): on PostgreSQL the run reads its
 * records on a second connection on its transaction's snapshot ({@link SnapshotReaders}) while its
 * trace lines stream into its own; {@code off} reads them on its own connection between the lines'
 * statements. The backend CPU printed for the run is both backends' when there are two.
 *
 * <p>{@code --run-threads} (2 by default, as the service runs): with a reader, the run reads and
 * calculates its records on a worker thread while the caller's writes their lines; {@code 1} does
 * both on the caller's thread, to compare.
 *
 * <p>The import's line, and the run's, also print the stored rows' hash ({@code rows_sha256}) and
 * whether the hash recomputed from the stored rows, as the audit check does, is the same (for the
 * run, with the time it took to read them back).
 *
 * <p>{@code -Dscopeplus.lineLayout=1} stores the run's trace lines a {@code run_line} row each, as
 * runs were stored before V84; {@code -Dscopeplus.lineDeflate=0} packs them without deflating.
 *
 * <p>{@code --refuse-row R} imports, instead, a copy of the file whose CSV row R (the header is row
 * 1, as problems name rows) has a unit no activity accepts ({@code parsecs}): every import must be
 * refused with that one problem, and nothing is run. It times how long a large file takes to be
 * refused for a problem near its end, and prints that time with the row the refusal names (no rate:
 * the rows after it are not stored).
 *
 * <p>{@code --lookups} then times a record's trace lines and a drill-down page on the stored run
 * ({@link TraceLookups}).
 */
public final class PeriodThroughput {

  private PeriodThroughput() {}

  public static void main(String[] args) throws Exception {
    long rows = 1_000_000;
    Path dir = Path.of("scopeplus-bench/target/period-throughput");
    List<String> databases = List.of("postgres", "h2");
    String pgUrl = "jdbc:postgresql://127.0.0.1:5432/test";
    boolean importOnly = false;
    int imports = 1;
    boolean runReader = true;
    boolean runOnTwoThreads = true;
    boolean lookups = false;
    long refuseRow = 0;
    for (int i = 0; i < args.length; i++) {
      switch (args[i]) {
        case "--rows" -> rows = Long.parseLong(args[++i]);
        case "--dir" -> dir = Path.of(args[++i]);
        case "--databases" -> databases = List.of(args[++i].split(","));
        case "--pg-url" -> pgUrl = args[++i];
        case "--import-only" -> importOnly = true;
        case "--imports" -> imports = Integer.parseInt(args[++i]);
        case "--run-reader" -> runReader = args[++i].equals("on");
        case "--run-threads" -> runOnTwoThreads = !args[++i].equals("1");
        case "--lookups" -> lookups = true;
        case "--refuse-row" -> refuseRow = Long.parseLong(args[++i]);
        default -> throw new IllegalArgumentException("unknown argument " + args[i]);
      }
    }
    Files.createDirectories(dir);
    Path file = dir.resolve("period-" + rows + ".csv");
    if (!Files.exists(file)) {
      try (OutputStream out = Files.newOutputStream(file)) {
        ActivityGenerator.ofDemo().write(rows, 42, out);
      }
    }
    if (refuseRow > 0) {
      file = withRefusedUnit(file, refuseRow);
      importOnly = true;
    }
    System.out.printf(
        Locale.ROOT,
        "%,d records, %,d bytes; heap limit %,d MB; %d processors%n",
        rows,
        Files.size(file),
        Runtime.getRuntime().maxMemory() >> 20,
        Runtime.getRuntime().availableProcessors());
    ReferenceData reference = BuiltInReferenceData.load();
    for (String database : databases) {
      DatabaseSettings settings;
      if (database.equals("postgres")) {
        String schema = "bench_" + ThreadLocalRandom.current().nextInt(100_000_000, 999_999_999);
        try (Connection c = DriverManager.getConnection(pgUrl, "postgres", "");
            Statement s = c.createStatement()) {
          s.execute("CREATE SCHEMA " + schema);
        }
        settings = new DatabaseSettings(pgUrl, "postgres", "", schema);
      } else if (database.equals("h2")) {
        Path h2 = dir.resolve("h2-" + System.nanoTime());
        Files.createDirectories(h2);
        settings = DatabaseSettings.h2In(h2);
      } else {
        throw new IllegalArgumentException("unknown database " + database);
      }
      try {
        measure(
            database,
            settings,
            reference,
            file,
            rows,
            importOnly,
            imports,
            runReader,
            runOnTwoThreads,
            lookups,
            refuseRow > 0);
      } finally {
        if (settings.postgres()) {
          try (Connection c = DriverManager.getConnection(pgUrl, "postgres", "");
              Statement s = c.createStatement()) {
            s.execute("DROP SCHEMA " + settings.schema() + " CASCADE");
          }
        }
      }
    }
  }

  private static void measure(
      String database,
      DatabaseSettings settings,
      ReferenceData reference,
      Path file,
      long rows,
      boolean importOnly,
      int imports,
      boolean runReader,
      boolean runOnTwoThreads,
      boolean lookups,
      boolean refused) {
    try (Database db = Database.open(settings)) {
      String tenant = db.inTransaction(c -> new TenantStore().create(c, "bench", "bench").id());
      ImportingActivities importing = new ImportingActivities(reference);
      String period = null;
      for (int round = 1; round <= imports; round++) {
        period = importOnce(db, database, importing, tenant, file, rows, round, refused);
      }
      if (importOnly) {
        return;
      }
      String calculated = period;

      BackendClock runBackend = new BackendClock();
      SnapshotReaders readers = runReader ? SnapshotReaders.of(db) : SnapshotReaders.none();
      CalculatingRun onTwoThreads =
          new CalculatingRun(
              reference,
              main -> {
                Optional<SnapshotReaders.Reader> r = readers.open(main);
                if (r.isPresent()) {
                  runBackend.also(r.get().connection());
                }
                return r;
              });
      CalculatingRun calculating = runOnTwoThreads ? onTwoThreads : onTwoThreads.onOneThread();
      resetPeaks();
      Clock runClock = Clock.start();
      RunOutcome run =
          db.inTransaction(
              c -> {
                runBackend.start(c);
                RunOutcome o =
                    calculating.run(
                        c,
                        tenant,
                        new RunRequest(
                            calculated,
                            GwpSet.DEFAULT,
                            ConsolidationApproach.OPERATIONAL_CONTROL,
                            List.of()),
                        "bench");
                runBackend.stop();
                return o;
              },
              o -> o instanceof RunOutcome.Calculated);
      runClock.stop();
      if (!(run instanceof RunOutcome.Calculated done)) {
        throw new IllegalStateException("run refused: " + run);
      }
      report(database, "run", rows, "records", runClock, peakHeap());
      runBackend.report(database, "run");
      System.out.printf(
          Locale.ROOT,
          "%-8s run    stored %,d trace lines (%,.0f lines/s); result hash %s%n",
          database,
          done.run().lines(),
          done.run().lines() / runClock.wallSeconds(),
          done.run().resultSha256());
      long[] packed =
          db.inTransaction(
              c -> {
                try (java.sql.PreparedStatement ps =
                    c.prepareStatement(
                        "SELECT COUNT(lines), COALESCE(SUM(octet_length(lines)), 0), "
                            + (database.equals("postgres")
                                ? "COALESCE(SUM(pg_column_size(lines)), 0)"
                                : "COALESCE(SUM(octet_length(lines)), 0)")
                            + " FROM run_line_block WHERE run_id = ?")) {
                  ps.setString(1, done.run().id());
                  try (java.sql.ResultSet rs = ps.executeQuery()) {
                    rs.next();
                    return new long[] {rs.getLong(1), rs.getLong(2), rs.getLong(3)};
                  }
                }
              });
      System.out.printf(
          Locale.ROOT,
          "%-8s run    trace lines packed in %,d blocks of %,d bytes in all, %,d as stored%n",
          database,
          packed[0],
          packed[1],
          packed[2]);
      // the run's stored rows read back and hashed, as the audit check does
      long readStart = System.nanoTime();
      String recomputed = db.inTransaction(c -> StoredRunDigest.of(c, done.run().id()));
      System.out.printf(
          Locale.ROOT,
          "%-8s run    stored rows hash %s, recomputed from the database %s in %.2f s wall%n",
          database,
          done.run().rowsSha256(),
          recomputed.equals(done.run().rowsSha256()) ? "the same" : "DIFFERENT: " + recomputed,
          (System.nanoTime() - readStart) / 1e9);
      if (lookups) {
        TraceLookups.time(db, database, done.run());
      }
    }
  }

  /**
   * Imports the file into a new period of the tenant, prints its figures and checks its stored
   * rows' hash against the database; answers the period.
   */
  private static String importOnce(
      Database db,
      String database,
      ImportingActivities importing,
      String tenant,
      Path file,
      long rows,
      int round,
      boolean refused) {
    String step = round == 1 ? "import" : "import " + round;
    String period =
        db.inTransaction(
            c ->
                new PeriodStore()
                    .add(
                        c,
                        tenant,
                        "2018-2026 " + round,
                        LocalDate.of(2018, 1, 1),
                        LocalDate.of(2026, 12, 31),
                        "bench")
                    .id());
    resetPeaks();
    Clock importClock = Clock.start();
    BackendClock importBackend = new BackendClock();
    ImportOutcome imported =
        db.inTransaction(
            c -> {
              importBackend.start(c);
              ImportOutcome o =
                  importing.importFile(
                      c, tenant, period, file, "period.csv", unit -> true, null, "bench");
              importBackend.stop();
              return o;
            },
            o -> o instanceof ImportOutcome.Stored);
    importClock.stop();
    if (refused) {
      if (!(imported instanceof ImportOutcome.Rejected rejected)
          || rejected.problems().size() != 1
          || !rejected.problems().get(0).column().equals("unit")) {
        throw new IllegalStateException("expected the one refused unit, got: " + imported);
      }
      // the time to the refusal, not a rate: the rows after the refused one are never stored
      System.out.printf(
          Locale.ROOT,
          "%-8s %-6s refused at row %,d of %,d rows after %.2f s wall (%.2f s CPU of this JVM);"
              + " peak heap in use %,d MB%n",
          database,
          step,
          rejected.problems().get(0).row(),
          rows,
          importClock.wallSeconds(),
          importClock.cpuSeconds(),
          peakHeap() >> 20);
      importBackend.report(database, step);
      System.out.printf(
          Locale.ROOT, "%-8s %s refused: %s%n", database, step, rejected.problems().get(0));
      return period;
    }
    if (!(imported instanceof ImportOutcome.Stored stored)) {
      throw new IllegalStateException("import not stored: " + imported);
    }
    long importHeap = peakHeap();
    report(database, step, rows, "rows", importClock, importHeap);
    importBackend.report(database, step);
    String recomputed = db.inTransaction(c -> StoredRowsDigest.of(c, stored.stored().id()));
    System.out.printf(
        Locale.ROOT,
        "%-8s %s stored rows hash %s, recomputed from the database %s%n",
        database,
        step,
        stored.stored().rowsSha256(),
        recomputed.equals(stored.stored().rowsSha256()) ? "the same" : recomputed);
    return period;
  }

  /**
   * A copy of {@code file} whose CSV row {@code row} (the header is row 1) has the unit {@code
   * parsecs}, which no activity accepts; made once, beside the file.
   */
  private static Path withRefusedUnit(Path file, long row) throws java.io.IOException {
    Path out = file.resolveSibling("refused-row-" + row + "-" + file.getFileName());
    if (Files.exists(out)) {
      return out;
    }
    Path partial = out.resolveSibling(out.getFileName() + ".part");
    try (java.io.BufferedReader in = Files.newBufferedReader(file);
        java.io.BufferedWriter w = Files.newBufferedWriter(partial)) {
      String header = in.readLine();
      int unit = List.of(header.split(",", -1)).indexOf("unit");
      if (unit < 0) {
        throw new IllegalStateException(file + " has no unit column");
      }
      w.write(header);
      w.newLine();
      long n = 1;
      for (String line = in.readLine(); line != null; line = in.readLine()) {
        if (++n == row) {
          if (line.indexOf('"') >= 0) {
            throw new IllegalStateException(file + " row " + row + " is quoted");
          }
          String[] cells = line.split(",", -1);
          cells[unit] = "parsecs";
          line = String.join(",", cells);
        }
        w.write(line);
        w.newLine();
      }
      if (n < row) {
        throw new IllegalStateException(file + " has no row " + row);
      }
    }
    Files.move(partial, out);
    return out;
  }

  private static void report(
      String database, String step, long count, String what, Clock clock, long peakHeap) {
    System.out.printf(
        Locale.ROOT,
        "%-8s %-6s %,d %s in %.2f s wall (%.2f s CPU of this JVM): %,.0f %s/s; peak heap in use"
            + " %,d MB%n",
        database,
        step,
        count,
        what,
        clock.wallSeconds(),
        clock.cpuSeconds(),
        count / clock.wallSeconds(),
        what,
        peakHeap >> 20);
  }

  private static void resetPeaks() {
    System.gc();
    for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
      if (pool.getType() == MemoryType.HEAP) {
        pool.resetPeakUsage();
      }
    }
  }

  /** The sum of the heap pools' peaks since the last reset: an upper bound of the heap in use. */
  private static long peakHeap() {
    long sum = 0;
    for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
      if (pool.getType() == MemoryType.HEAP) {
        sum += pool.getPeakUsage().getUsed();
      }
    }
    return sum;
  }

  /**
   * The CPU time of the PostgreSQL backend serving a step's connection (user and system, from
   * {@code /proc/PID/stat}, when the server runs on this machine), up to the step's last statement:
   * the commit after it is not counted. Nothing on H2, which works in this JVM.
   */
  private static final class BackendClock {
    private final List<Path> stats = new java.util.ArrayList<>();
    private final List<Long> ticks0 = new java.util.ArrayList<>();
    private long ticks;

    void start(Connection c) throws java.sql.SQLException {
      also(c);
    }

    /** Counts the CPU of {@code c}'s backend too, from now on. */
    void also(Connection c) throws java.sql.SQLException {
      if (!c.isWrapperFor(org.postgresql.PGConnection.class)) {
        return;
      }
      try (Statement s = c.createStatement();
          java.sql.ResultSet rs = s.executeQuery("SELECT pg_backend_pid()")) {
        rs.next();
        Path p = Path.of("/proc", Integer.toString(rs.getInt(1)), "stat");
        if (Files.isReadable(p)) {
          stats.add(p);
          ticks0.add(ticks(p));
        }
      }
    }

    void stop() {
      ticks = 0;
      for (int i = 0; i < stats.size(); i++) {
        ticks += ticks(stats.get(i)) - ticks0.get(i);
      }
    }

    void report(String database, String step) {
      if (!stats.isEmpty()) {
        // USER_HZ is 100 on Linux
        System.out.printf(
            Locale.ROOT,
            "%-8s %-6s PostgreSQL backend CPU %.2f s (%d backend%s)%n",
            database,
            step,
            ticks / 100.0,
            stats.size(),
            stats.size() == 1 ? "" : "s");
      }
    }

    private static long ticks(Path stat) {
      try {
        String line = Files.readString(stat);
        // fields after the command name in parentheses: utime and stime are the 14th and 15th
        String[] f = line.substring(line.lastIndexOf(')') + 2).split(" ");
        return Long.parseLong(f[11]) + Long.parseLong(f[12]);
      } catch (java.io.IOException e) {
        throw new java.io.UncheckedIOException(e);
      }
    }
  }

  /** Wall time and this process's CPU time of one step. */
  private static final class Clock {
    private final long wall0 = System.nanoTime();
    private final long cpu0 = cpu();
    private long wall;
    private long cpu;

    static Clock start() {
      return new Clock();
    }

    void stop() {
      wall = System.nanoTime() - wall0;
      cpu = cpu() - cpu0;
    }

    double wallSeconds() {
      return wall / 1e9;
    }

    double cpuSeconds() {
      return cpu / 1e9;
    }

    private static long cpu() {
      return ((com.sun.management.OperatingSystemMXBean)
              ManagementFactory.getOperatingSystemMXBean())
          .getProcessCpuTime();
    }
  }
}

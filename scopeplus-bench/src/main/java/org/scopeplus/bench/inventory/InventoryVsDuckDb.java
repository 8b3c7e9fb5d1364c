package org.scopeplus.bench.inventory;

import java.io.File;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeSet;
import org.scopeplus.io.builtin.BuiltInReferenceData;
import org.scopeplus.io.demo.ActivityGenerator;

/**
 * The end-to-end benchmark: generated activity CSVs of the given sizes, each calculated in separate
 * JVM processes by the engine ({@link EngineRun}) and by DuckDB ({@link DuckDbRun}) on the same
 * file and the same resolved factors; wall time of the whole process (median of the runs after a
 * warm-up run each; both JVMs with {@code -Xmx2g -XX:+UseParallelGC}) and peak resident memory from
 * {@code /usr/bin/time -v}; and a check that the two results are equal to the gram.
 *
 * <p>Arguments: {@code [--rows 1000000,10000000] [--runs 5] [--threads 2] [--dir DIR] [--reference
 * ROWS]} where {@code --reference ROWS} also times the single-threaded {@code InventoryJob} once on
 * the file of that size.
 */
public final class InventoryVsDuckDb {

  private InventoryVsDuckDb() {}

  private record Sample(double seconds, double cpuSeconds, long maxRssKb) {}

  public static void main(String[] args) throws Exception {
    List<Long> sizes = List.of(1_000_000L, 10_000_000L);
    int runs = 5;
    int threads = 2;
    long referenceRows = 0;
    boolean cds = true;
    Path dir = Path.of(System.getProperty("java.io.tmpdir"), "scopeplus-bench");
    for (int i = 0; i < args.length; i += 2) {
      switch (args[i]) {
        case "--rows" -> sizes = Arrays.stream(args[i + 1].split(",")).map(Long::valueOf).toList();
        case "--runs" -> runs = Integer.parseInt(args[i + 1]);
        case "--threads" -> threads = Integer.parseInt(args[i + 1]);
        case "--dir" -> dir = Path.of(args[i + 1]);
        case "--reference" -> referenceRows = Long.parseLong(args[i + 1]);
        case "--cds" -> cds = Boolean.parseBoolean(args[i + 1]);
        default -> throw new IllegalArgumentException("unknown option " + args[i]);
      }
    }
    Files.createDirectories(dir);
    System.out.printf(
        "machine: %d processors, %s; JVM %s %s; load average before: %s%n",
        Runtime.getRuntime().availableProcessors(),
        cpuModel(),
        System.getProperty("java.vm.name"),
        System.getProperty("java.runtime.version"),
        loadAverage());
    Path factors = dir.resolve("resolved-factors.csv");
    int factorRows = ResolvedFactorTable.write(BuiltInReferenceData.load(), factors);
    System.out.printf("resolved factor table: %d lines -> %s%n", factorRows, factors);
    String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    // each process gets only the jars it needs, so neither pays for the other's class path
    String cp = System.getProperty("java.class.path");
    String engineCp =
        classPath(
            cp,
            "scopeplus-bench",
            "scopeplus-io",
            "scopeplus-core",
            "indriya",
            "unit-api",
            "uom-lib",
            "inject",
            "fastcsv");
    String duckCp = classPath(cp, "scopeplus-bench", "duckdb");
    // Each side's JVM maps an application class-data archive made by one run on a small file, as
    // bin/scopeplus does after its first run: classes load already parsed and verified.
    List<String> engineJvm = new ArrayList<>(List.of(java, "-Xmx2g", "-XX:+UseParallelGC"));
    List<String> duckJvm = new ArrayList<>(engineJvm);
    if (cds && hasDirectory(engineCp + File.pathSeparator + duckCp)) {
      System.out.println(
          "no class-data archives: the class path holds a directory (use the bench jar)");
      cds = false;
    }
    if (cds) {
      Path small = dir.resolve("activity-10000.csv");
      if (!Files.exists(small)) {
        try (OutputStream out = Files.newOutputStream(small)) {
          ActivityGenerator.ofDemo().write(10_000, 42, out);
        }
      }
      engineJvm.add(
          archive(
              engineJvm,
              engineCp,
              dir.resolve("engine.jsa"),
              EngineRun.class.getName(),
              small.toString(),
              dir.resolve("engine-archive.digest").toString(),
              "parallel",
              Integer.toString(threads)));
      duckJvm.add(
          archive(
              duckJvm,
              duckCp,
              dir.resolve("duckdb.jsa"),
              DuckDbRun.class.getName(),
              small.toString(),
              factors.toString(),
              dir.resolve("duckdb-archive.digest").toString(),
              Integer.toString(threads)));
      System.out.println("class-data archives: " + engineJvm.get(3) + ", " + duckJvm.get(3));
    }
    List<String> report = new ArrayList<>();
    report.add(
        "| rows | file | engine wall (median) | engine CPU | engine max RSS | DuckDB wall (median)"
            + " | DuckDB CPU | DuckDB max RSS | engine / DuckDB (wall) | (CPU) | results |");
    report.add("|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---|");
    for (long rows : sizes) {
      Path csv = dir.resolve("activity-" + rows + ".csv");
      if (!Files.exists(csv)) {
        long t0 = System.nanoTime();
        try (OutputStream out =
            new java.io.BufferedOutputStream(Files.newOutputStream(csv), 1 << 20)) {
          ActivityGenerator.ofDemo().write(rows, 42, out);
        }
        System.out.printf(
            "generated %,d rows in %.1f s (in this JVM)%n", rows, (System.nanoTime() - t0) / 1e9);
      }
      Path engineDigest = dir.resolve("engine-" + rows + ".digest");
      Path duckDigest = dir.resolve("duckdb-" + rows + ".digest");
      List<String> engine = new ArrayList<>(engineJvm);
      engine.addAll(
          List.of(
              "-cp",
              engineCp,
              EngineRun.class.getName(),
              csv.toString(),
              engineDigest.toString(),
              "parallel",
              Integer.toString(threads)));
      List<String> duck = new ArrayList<>(duckJvm);
      duck.addAll(
          List.of(
              "-cp",
              duckCp,
              DuckDbRun.class.getName(),
              csv.toString(),
              factors.toString(),
              duckDigest.toString(),
              Integer.toString(threads)));
      measure(engine); // warm-up: page cache, JIT-independent process start
      measure(duck);
      List<Sample> e = new ArrayList<>();
      List<Sample> d = new ArrayList<>();
      for (int r = 0; r < runs; r++) {
        e.add(measure(engine));
        d.add(measure(duck));
        System.out.printf(
            "%,d rows run %d: engine %.2f s (CPU %.2f s, %d MB), duckdb %.2f s (CPU %.2f s, %d MB);"
                + " load %s%n",
            rows,
            r + 1,
            e.get(r).seconds(),
            e.get(r).cpuSeconds(),
            e.get(r).maxRssKb() >> 10,
            d.get(r).seconds(),
            d.get(r).cpuSeconds(),
            d.get(r).maxRssKb() >> 10,
            loadAverage());
      }
      String check = compare(engineDigest, duckDigest);
      double em = median(e, Sample::seconds);
      double dm = median(d, Sample::seconds);
      double ec = median(e, Sample::cpuSeconds);
      double dc = median(d, Sample::cpuSeconds);
      report.add(
          String.format(
              Locale.ROOT,
              "| %,d | %,d MB | %.2f s | %.2f s | %,d MB | %.2f s | %.2f s | %,d MB | %.2f | %.2f |"
                  + " %s |",
              rows,
              Files.size(csv) >> 20,
              em,
              ec,
              maxRss(e) >> 10,
              dm,
              dc,
              maxRss(d) >> 10,
              em / dm,
              ec / dc,
              check));
      if (referenceRows == rows) {
        Sample ref =
            measure(
                List.of(
                    java,
                    "-Xmx8g",
                    "-cp",
                    engineCp,
                    EngineRun.class.getName(),
                    csv.toString(),
                    dir.resolve("reference-" + rows + ".digest").toString(),
                    "reference"));
        String refCheck = compare(dir.resolve("reference-" + rows + ".digest"), engineDigest);
        System.out.printf(
            "single-threaded InventoryJob on %,d rows: %.2f s (CPU %.2f s), max RSS %d MB, %s%n",
            rows, ref.seconds(), ref.cpuSeconds(), ref.maxRssKb() >> 10, refCheck);
      }
    }
    System.out.println("load average after: " + loadAverage());
    System.out.println();
    report.forEach(System.out::println);
  }

  /**
   * Makes a class-data archive by one run of {@code main} with {@code args}, and gives the option
   * that maps it. The class path must hold jars only (a directory of classes cannot be archived).
   */
  private static String archive(
      List<String> jvm, String cp, Path archive, String main, String... args)
      throws IOException, InterruptedException {
    Files.deleteIfExists(archive);
    List<String> command = new ArrayList<>(jvm);
    command.addAll(List.of("-XX:ArchiveClassesAtExit=" + archive, "-Xlog:disable", "-cp", cp));
    command.add(main);
    command.addAll(List.of(args));
    measure(command);
    return "-XX:SharedArchiveFile=" + archive;
  }

  private static boolean hasDirectory(String cp) {
    for (String entry : cp.split(java.io.File.pathSeparator)) {
      if (Files.isDirectory(Path.of(entry))) {
        return true;
      }
    }
    return false;
  }

  private static String loadAverage() throws IOException {
    Path p = Path.of("/proc/loadavg");
    return Files.exists(p) ? Files.readString(p).strip() : "unknown";
  }

  private static String cpuModel() throws IOException {
    Path p = Path.of("/proc/cpuinfo");
    if (Files.exists(p)) {
      for (String line : Files.readAllLines(p)) {
        if (line.startsWith("model name")) {
          return line.substring(line.indexOf(':') + 1).strip();
        }
      }
    }
    return System.getProperty("os.arch");
  }

  private static Sample measure(List<String> command) throws IOException, InterruptedException {
    List<String> timed = new ArrayList<>(List.of("/usr/bin/time", "-v"));
    timed.addAll(command);
    Path err = Files.createTempFile("scopeplus-bench", ".err");
    long start = System.nanoTime();
    Process p =
        new ProcessBuilder(timed)
            .redirectError(err.toFile())
            .redirectOutput(ProcessBuilder.Redirect.DISCARD)
            .start();
    int exit = p.waitFor();
    double seconds = (System.nanoTime() - start) / 1e9;
    String text = Files.readString(err, StandardCharsets.UTF_8);
    Files.delete(err);
    if (exit != 0) {
      throw new IllegalStateException("failed: " + command + "\n" + text);
    }
    long rss = 0;
    double cpu = 0;
    for (String line : text.split("\n")) {
      String l = line.strip();
      String value = l.substring(l.lastIndexOf(':') + 1).strip();
      if (l.startsWith("Maximum resident set size")) {
        rss = Long.parseLong(value);
      } else if (l.startsWith("User time (seconds)") || l.startsWith("System time (seconds)")) {
        cpu += Double.parseDouble(value);
      }
    }
    return new Sample(seconds, cpu, rss);
  }

  /** "equal to the gram (N figures)" or the differences. */
  static String compare(Path a, Path b) throws IOException {
    Map<String, Long> x = InventoryDigest.parse(Files.readString(a)).values();
    Map<String, Long> y = InventoryDigest.parse(Files.readString(b)).values();
    if (x.equals(y)) {
      return "equal to the gram (" + x.size() + " figures)";
    }
    TreeSet<String> keys = new TreeSet<>(x.keySet());
    keys.addAll(y.keySet());
    StringBuilder diff = new StringBuilder();
    for (String k : keys) {
      if (!java.util.Objects.equals(x.get(k), y.get(k))) {
        diff.append(k).append(": ").append(x.get(k)).append(" vs ").append(y.get(k)).append("; ");
      }
    }
    throw new IllegalStateException("results differ: " + diff);
  }

  private static String classPath(String cp, String... parts) {
    List<String> keep = new ArrayList<>();
    for (String entry : cp.split(java.io.File.pathSeparator)) {
      for (String part : parts) {
        if (entry.contains(part)) {
          keep.add(entry);
          break;
        }
      }
    }
    return String.join(java.io.File.pathSeparator, keep);
  }

  private static double median(List<Sample> s, java.util.function.ToDoubleFunction<Sample> f) {
    double[] v = s.stream().mapToDouble(f).sorted().toArray();
    int n = v.length;
    return n % 2 == 1 ? v[n / 2] : (v[n / 2 - 1] + v[n / 2]) / 2;
  }

  private static long maxRss(List<Sample> s) {
    return s.stream().mapToLong(Sample::maxRssKb).max().orElse(0);
  }
}

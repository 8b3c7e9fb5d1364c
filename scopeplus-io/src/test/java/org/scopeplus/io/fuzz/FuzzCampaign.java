package org.scopeplus.io.fuzz;

import com.code_intelligence.jazzer.junit.FuzzTest;
import java.io.IOException;
import java.lang.reflect.Method;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

/**
 * Fuzzes every {@code @FuzzTest} of this module with Jazzer, one child JVM per target, for a
 * bounded time each; run by {@code ./mvnw verify} (a few seconds per target) and for as long as
 * wanted with {@code -Dfuzz.seconds=N}. The corpus grows in {@code target/fuzz-corpus/}; an input
 * that breaks a target is written to {@code target/fuzz-findings/} and fails the build, with the
 * line to keep it as a regression test.
 *
 * <p>Arguments: seconds per target; a filter ({@code Class} or {@code Class#method}, empty for
 * all); the values of {@code it.test} and {@code skipITs}, which skip the campaign when someone
 * runs chosen integration tests.
 */
public final class FuzzCampaign {

  private FuzzCampaign() {}

  record Target(Class<?> type, String method) {
    String name() {
      return type.getSimpleName() + "#" + method;
    }
  }

  public static void main(String[] args) throws Exception {
    long seconds = Long.parseLong(args[0].strip());
    String only = args.length > 1 && !unset(args[1]) ? args[1].strip() : "";
    long seed = args.length > 4 && !unset(args[4]) ? Long.parseLong(args[4].strip()) : 0;
    if (args.length > 2 && !unset(args[2])) {
      System.out.println("fuzz: skipped, integration tests chosen with -Dit.test=" + args[2]);
      return;
    }
    if (args.length > 3 && !unset(args[3]) && !args[3].equals("false")) {
      System.out.println("fuzz: skipped with -DskipITs");
      return;
    }
    if (seconds <= 0) {
      System.out.println("fuzz: skipped (fuzz.seconds=" + seconds + ")");
      return;
    }
    Path module = Path.of("").toAbsolutePath();
    List<Target> targets = targets(module.resolve("target/test-classes"));
    List<String> failed = new ArrayList<>();
    for (Target t : targets) {
      if (!only.isEmpty() && !t.name().equals(only) && !t.type().getSimpleName().equals(only)) {
        continue;
      }
      long start = System.nanoTime();
      String outcome = fuzz(module, t, seconds, seed);
      System.out.printf(
          "fuzz: %s: %s (%.1f s with the JVM's start)%n",
          t.name(), outcome, (System.nanoTime() - start) / 1e9);
      if (!outcome.startsWith("ok")) {
        failed.add(t.name() + ": " + outcome);
      }
    }
    if (!failed.isEmpty()) {
      System.out.println("fuzz: FAILED\n  " + String.join("\n  ", failed));
      System.exit(1);
    }
  }

  private static boolean unset(String value) {
    return value == null || value.isBlank() || value.startsWith("${");
  }

  /** Every {@code @FuzzTest} method of the test classes, in a stable order. */
  static List<Target> targets(Path testClasses) throws IOException, ClassNotFoundException {
    List<Target> targets = new ArrayList<>();
    List<Path> files;
    try (Stream<Path> walk = Files.walk(testClasses)) {
      files = walk.filter(p -> p.toString().endsWith("FuzzTest.class")).sorted().toList();
    }
    for (Path f : files) {
      String name = testClasses.relativize(f).toString().replace('/', '.');
      Class<?> type = Class.forName(name.substring(0, name.length() - ".class".length()));
      Arrays.stream(type.getDeclaredMethods())
          .filter(m -> m.isAnnotationPresent(FuzzTest.class))
          .map(Method::getName)
          .sorted(Comparator.naturalOrder())
          .forEach(m -> targets.add(new Target(type, m)));
    }
    return targets;
  }

  private static String fuzz(Path module, Target t, long seconds, long seed)
      throws IOException, InterruptedException {
    String dir = t.type().getSimpleName() + "/" + t.method();
    Path corpus = Files.createDirectories(module.resolve("target/fuzz-corpus/" + dir));
    Path findings = Files.createDirectories(module.resolve("target/fuzz-findings/" + dir));
    Path log = module.resolve("target/fuzz-logs/" + t.name() + ".log");
    Files.createDirectories(log.getParent());
    Path inputs =
        module.resolve(
            "src/test/resources/"
                + t.type().getPackageName().replace('.', '/')
                + "/"
                + t.type().getSimpleName()
                + "Inputs/"
                + t.method());
    List<String> command =
        new ArrayList<>(
            List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx512m",
                "-XX:+UseSerialGC",
                "-cp",
                System.getProperty("java.class.path"),
                "com.code_intelligence.jazzer.Jazzer",
                "--target_class=" + t.type().getName(),
                "--target_method=" + t.method(),
                "--instrumentation_includes=org.scopeplus.**:de.siegmar.fastcsv.**",
                "--custom_hook_includes=org.scopeplus.**:de.siegmar.fastcsv.**",
                "-max_total_time=" + seconds,
                "-seed=" + seed,
                "-max_len=" + ReadContract.MAX_BYTES,
                "-timeout=10",
                "-rss_limit_mb=2048",
                "-print_final_stats=1",
                "-artifact_prefix=" + findings + "/",
                corpus.toString()));
    if (Files.isDirectory(inputs)) {
      command.add(inputs.toString());
    }
    Process p =
        new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start();
    int exit = p.waitFor();
    String stats = stats(log);
    if (exit == 0) {
      return "ok, " + stats;
    }
    try (Stream<Path> found = Files.list(findings)) {
      String files = String.join(", ", found.map(Path::toString).sorted().toList());
      return "exit "
          + exit
          + ", "
          + stats
          + "; input(s): "
          + files
          + "; log: "
          + log
          + "; keep each as a regression test: copy it into "
          + module.relativize(inputs)
          + "/ and fix the reader";
    }
  }

  /** The runs and coverage from the last status line of libFuzzer's log. */
  private static String stats(Path log) throws IOException {
    String runs = "?";
    String cov = "?";
    for (String line : Files.readAllLines(log, StandardCharsets.ISO_8859_1)) {
      if (line.startsWith("stat::number_of_executed_units:")) {
        runs = line.substring(line.lastIndexOf(':') + 1).strip();
      } else if (line.startsWith("#") && line.contains(" cov: ")) {
        String[] words = line.split("\\s+");
        for (int i = 0; i + 1 < words.length; i++) {
          if (words[i].equals("cov:")) {
            cov = words[i + 1];
          }
        }
      }
    }
    return runs + " runs, " + cov + " edges";
  }
}

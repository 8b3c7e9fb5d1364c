package org.scopeplus.store.disclosure;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.BufferedWriter;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.scopeplus.io.builtin.BuiltInReferenceData;
import org.scopeplus.io.builtin.ReferenceData;
import org.scopeplus.store.Database;
import org.scopeplus.store.DatabaseSettings;
import org.scopeplus.store.TestDatabases;
import org.scopeplus.store.run.CalculatingRun;
import org.scopeplus.store.run.CalculationRun;
import org.scopeplus.store.run.GeneratedPeriod;

/**
 * The verifier's package is written row by row: a run of more than 100,000 trace lines, whose
 * package holds more text than the whole heap, is packed in a JVM of 48 MB of heap, on H2 (file
 * database) and PostgreSQL. Every hash in {@code SHA256SUMS} is then re-computed from the ZIP's
 * files, as the README tells a verifier to do, and the files hold every line and record.
 */
class VerifierPackageSmallHeapIT {

  private static final int RECORDS = 60_000;
  private static final long HEAP = 48L << 20;

  @TempDir Path dir;

  @ParameterizedTest
  @ValueSource(strings = {"h2", "postgres"})
  void aRunOfMoreThan100000LinesIsPackedInASmallHeapAndItsHashesCheck(String database)
      throws Exception {
    DatabaseSettings settings =
        database.equals("h2")
            ? TestDatabases.h2(Files.createDirectories(dir.resolve("db")))
            : TestDatabases.freshPostgres();
    try {
      Path file = activityFile();
      ReferenceData reference = BuiltInReferenceData.load();
      String tenant;
      CalculationRun run;
      try (Database db = Database.open(settings)) {
        GeneratedPeriod p = GeneratedPeriod.imported(db, reference, "pack", file);
        tenant = p.tenant();
        run = p.run(db, new CalculatingRun(reference));
      }
      assertThat(run.lines()).isGreaterThan(100_000);

      Path zip = dir.resolve("package.zip");
      List<String> printed = pack(settings, tenant, run.id(), zip);
      assertThat(printed).as(String.join("\n", printed)).hasSize(1);
      assertThat(Long.parseLong(printed.get(0).substring("PACKED ".length())))
          .isLessThanOrEqualTo(HEAP);

      Map<String, String> hashes = new LinkedHashMap<>();
      Map<String, Long> lines = new LinkedHashMap<>();
      long text = 0;
      String sums = null;
      try (ZipInputStream in = new ZipInputStream(Files.newInputStream(zip))) {
        for (ZipEntry e = in.getNextEntry(); e != null; e = in.getNextEntry()) {
          if (e.getName().equals("SHA256SUMS")) {
            sums = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            continue;
          }
          MessageDigest sha = MessageDigest.getInstance("SHA-256");
          long[] counted = count(in, sha);
          text += counted[0];
          lines.put(e.getName(), counted[1]);
          hashes.put(e.getName(), HexFormat.of().formatHex(sha.digest()));
        }
      }
      // more text than the child's whole heap: it cannot have held the package
      assertThat(text).isGreaterThan(HEAP);
      assertThat(lines.get("trace.csv")).isEqualTo(run.lines() + 1);
      assertThat(lines.get("records.csv")).isEqualTo(RECORDS + 1);
      assertThat(sums).isNotNull();
      Map<String, String> listed = new LinkedHashMap<>();
      for (String line : sums.split("\n")) {
        String[] hashAndName = line.split("  ", 2);
        listed.put(hashAndName[1], hashAndName[0]);
      }
      assertThat(listed).isEqualTo(hashes);
    } finally {
      TestDatabases.drop(settings);
    }
  }

  /** Bytes and line breaks of the current entry, fed to {@code sha} as they are read. */
  private static long[] count(InputStream in, MessageDigest sha) throws Exception {
    byte[] buffer = new byte[1 << 16];
    long bytes = 0;
    long lines = 0;
    for (int n = in.read(buffer); n >= 0; n = in.read(buffer)) {
      sha.update(buffer, 0, n);
      bytes += n;
      for (int i = 0; i < n; i++) {
        if (buffer[i] == '\n') {
          lines++;
        }
      }
    }
    return new long[] {bytes, lines};
  }

  /** Packs the run in a JVM of {@link #HEAP} bytes of heap and returns what it printed. */
  private List<String> pack(DatabaseSettings s, String tenant, String run, Path zip)
      throws Exception {
    List<String> command =
        List.of(
            Path.of(System.getProperty("java.home"), "bin", "java").toString(),
            "-Xmx" + (HEAP >> 20) + "m",
            "-cp",
            System.getProperty("java.class.path"),
            PackingInChildProcess.class.getName(),
            s.url(),
            s.user(),
            s.password().isEmpty() ? "-" : s.password(),
            s.schema().isEmpty() ? "-" : s.schema(),
            tenant,
            run,
            zip.toString());
    Path err = dir.resolve("pack-" + System.nanoTime() + ".err");
    Process child = new ProcessBuilder(command).redirectError(err.toFile()).start();
    List<String> printed = new ArrayList<>();
    try (BufferedReader out =
        new BufferedReader(new InputStreamReader(child.getInputStream(), StandardCharsets.UTF_8))) {
      String line;
      while ((line = out.readLine()) != null) {
        printed.add(line);
      }
    }
    assertThat(child.waitFor(10, TimeUnit.MINUTES)).isTrue();
    assertThat(child.exitValue()).as(Files.readString(err)).isZero();
    return printed;
  }

  /**
   * {@link #RECORDS} electricity records: each gives a location- and a market-based line per gas,
   * so the run has well over 100,000 trace lines.
   */
  private Path activityFile() throws Exception {
    Path file = dir.resolve("activity.csv");
    try (BufferedWriter w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
      w.write(
          "record_id,org_unit,facility,period,activity_type,quantity,unit,region,substance,supplier,data_quality,evidence\n");
      for (int i = 1; i <= RECORDS; i++) {
        w.write("R-");
        w.write(Integer.toString(i));
        w.write(",Group/Cloud/DC-Hangzhou,DC-Hangzhou,2024-");
        w.write(Integer.toString(1 + i % 12));
        w.write(",s2.electricity,");
        w.write(Integer.toString(100 + i % 1000));
        w.write(",kWh,CN-ZJ,,State Grid Zhejiang,measured,meter HZ-M1 reading\n");
      }
    }
    return file;
  }
}

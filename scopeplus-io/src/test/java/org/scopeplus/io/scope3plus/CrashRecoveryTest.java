package org.scopeplus.io.scope3plus;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.scopeplus.core.scope3plus.LedgerTotals;
import org.scopeplus.core.scope3plus.MethodologyCatalog;

/**
 * A child JVM ingesting a file is killed with SIGKILL after some commits; running the ingestion
 * again must end with exactly the totals of a run that was never interrupted.
 */
class CrashRecoveryTest {

  @TempDir Path tmp;

  @Test
  void killedMidIngestionAndRunAgainGivesTheTotalsOfACleanRun() throws Exception {
    MethodologyCatalog catalog = MethodologyLibrary.builtIn();
    Path input = tmp.resolve("events.ndjson");
    try (OutputStream out = Files.newOutputStream(input)) {
      new EventGenerator(11, 2_000, 30, 0.03, 0.01, 0.01, catalog).write(300_000, out);
    }
    Path clean = tmp.resolve("clean");
    StateStore.open(clean, catalog, null, 1 << 16).ingest(input, 2_000);
    LedgerTotals expected = StateStore.open(clean, catalog, null, 1 << 16).ledger().totals();

    Path crashed = tmp.resolve("crashed");
    int killedMidway = 0;
    for (int minimumSegments : new int[] {2, 20}) {
      Process child = spawn(crashed, input);
      while (child.isAlive() && segments(crashed) < minimumSegments) {
        Thread.sleep(5);
      }
      if (child.isAlive()) {
        child.destroyForcibly();
        killedMidway++;
      }
      child.waitFor(60, TimeUnit.SECONDS);
    }
    assertThat(killedMidway).as("the child was killed before it finished").isPositive();
    StateStore.open(crashed, catalog, null, 1 << 16).ingest(input, 2_000);
    LedgerTotals recovered = StateStore.open(crashed, catalog, null, 1 << 16).ledger().totals();

    assertThat(recovered).isEqualTo(expected);
    assertThat(recovered.acceptedEvents() + recovered.rejectedEvents()).isEqualTo(300_000);
  }

  private static Process spawn(Path state, Path input) throws Exception {
    String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    return new ProcessBuilder(
            List.of(
                java,
                "-cp",
                System.getProperty("java.class.path"),
                IngestChild.class.getName(),
                state.toString(),
                input.toString(),
                "2000"))
        .redirectErrorStream(true)
        .redirectOutput(ProcessBuilder.Redirect.DISCARD)
        .start();
  }

  private static long segments(Path state) throws Exception {
    Path dir = state.resolve("segments");
    if (!Files.isDirectory(dir)) {
      return 0;
    }
    try (var list = Files.list(dir)) {
      return list.count();
    }
  }
}

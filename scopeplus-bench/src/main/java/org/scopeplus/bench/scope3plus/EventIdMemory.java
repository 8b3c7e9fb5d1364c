package org.scopeplus.bench.scope3plus;

import java.nio.charset.StandardCharsets;
import org.scopeplus.core.scope3plus.Ledger;
import org.scopeplus.core.scope3plus.PointsRates;
import org.scopeplus.io.scope3plus.MethodologyLibrary;

/**
 * Memory per distinct event id at a scale the end-to-end run cannot reach on a small machine: puts
 * N ids of the generator's form ({@code e} + 13 digits, 14 bytes) into the exact event-id set and
 * reports bytes held per id and heap used. The ids go into a {@link Ledger} as counted events with
 * no claim and no actor (as a stored log is replayed), so only the id set grows with N. Argument: N
 * (default 100,000,000).
 */
public final class EventIdMemory {
  private EventIdMemory() {}

  /** Runs the measurement. */
  public static void main(String[] args) throws java.io.IOException {
    long n = Long.parseLong(args.length > 0 ? args[0] : "100000000");
    Runtime rt = Runtime.getRuntime();
    System.gc();
    long before = rt.totalMemory() - rt.freeMemory();
    Ledger ids =
        new Ledger(
            MethodologyLibrary.builtIn(), PointsRates.standard(), (int) Math.min(n, 1 << 30));
    int programme = ids.internProgramme("bench");
    int region = ids.internRegion("");
    byte[] key = "e1000000000000".getBytes(StandardCharsets.US_ASCII);
    long t0 = System.nanoTime();
    for (long i = 0; i < n; i++) {
      long v = 1_000_000_000_000L + i;
      for (int p = key.length - 1; p >= 1; p--) {
        key[p] = (byte) ('0' + v % 10);
        v /= 10;
      }
      ids.restore(key, 0, key.length, 0, 0, 0, 0, 0, programme, region, 18_628, 1, 0);
    }
    double secs = (System.nanoTime() - t0) / 1e9;
    System.gc();
    long after = rt.totalMemory() - rt.freeMemory();
    EcosystemBenchmark.print(
        "event-id set: %,d distinct 14-byte ids, %,d bytes held = %.1f bytes per id"
            + " (heap growth %.1f bytes per id); %,.0f inserts/s",
        ids.acceptedCount(),
        ids.eventIdBytes(),
        (double) ids.eventIdBytes() / ids.acceptedCount(),
        (double) (after - before) / ids.acceptedCount(),
        n / secs);
  }
}

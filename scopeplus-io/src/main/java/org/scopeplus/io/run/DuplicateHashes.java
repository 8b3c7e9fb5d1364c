package org.scopeplus.io.run;

import java.util.Arrays;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Whether any two records share an id hash. Hashes are kept in buckets by their top bits, so each
 * bucket (gathered from every chunk) is sorted and scanned on its own, on several threads.
 */
final class DuplicateHashes {

  private DuplicateHashes() {}

  static boolean anyAmong(List<CsvChunk> chunks, int threads) {
    AtomicInteger next = new AtomicInteger();
    AtomicBoolean found = new AtomicBoolean();
    Runnable work =
        () -> {
          for (int b = next.getAndIncrement();
              b < CsvChunk.BUCKETS && !found.get();
              b = next.getAndIncrement()) {
            if (anyIn(chunks, b)) {
              found.set(true);
            }
          }
        };
    Thread[] helpers = new Thread[Math.max(0, threads - 1)];
    for (int i = 0; i < helpers.length; i++) {
      helpers[i] = new Thread(work, "scopeplus-ids-" + i);
      helpers[i].start();
    }
    work.run();
    for (Thread t : helpers) {
      try {
        t.join();
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new IllegalStateException("interrupted while checking record ids", e);
      }
    }
    return found.get();
  }

  private static boolean anyIn(List<CsvChunk> chunks, int bucket) {
    int n = 0;
    for (CsvChunk c : chunks) {
      n += c.idCount[bucket];
    }
    long[] all = new long[n];
    int pos = 0;
    for (CsvChunk c : chunks) {
      System.arraycopy(c.idHashes[bucket], 0, all, pos, c.idCount[bucket]);
      pos += c.idCount[bucket];
    }
    Arrays.sort(all);
    for (int i = 1; i < n; i++) {
      if (all[i] == all[i - 1]) {
        return true;
      }
    }
    return false;
  }
}

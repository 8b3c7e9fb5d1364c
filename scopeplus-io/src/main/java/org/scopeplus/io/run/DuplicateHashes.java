package org.scopeplus.io.run;

import java.util.Arrays;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Whether any two records share an id hash. Hashes are kept in buckets by their top bits, so each
 * bucket (gathered from every chunk) is split by its next bits into parts small enough to sort
 * within the caches, and checked on its own, on several threads.
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
    // split the bucket by the next eight bits, so that each part is sorted within the caches
    int[] offsets = new int[257];
    for (int i = 0; i < n; i++) {
      offsets[(int) ((all[i] >>> 52) & 0xFF) + 1]++;
    }
    for (int p = 0; p < 256; p++) {
      offsets[p + 1] += offsets[p];
    }
    long[] parts = new long[n];
    int[] fill = Arrays.copyOf(offsets, 256);
    for (int i = 0; i < n; i++) {
      parts[fill[(int) ((all[i] >>> 52) & 0xFF)]++] = all[i];
    }
    for (int p = 0; p < 256; p++) {
      int from = offsets[p];
      int to = offsets[p + 1];
      Arrays.sort(parts, from, to);
      for (int i = from + 1; i < to; i++) {
        if (parts[i] == parts[i - 1]) {
          return true;
        }
      }
    }
    return false;
  }
}

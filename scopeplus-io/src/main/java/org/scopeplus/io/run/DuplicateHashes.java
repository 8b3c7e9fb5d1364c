package org.scopeplus.io.run;

import java.util.List;

/**
 * Whether any two records share an id hash, across chunks whose hashes are each sorted: a k-way
 * merge over the chunks, so no array of every hash is built.
 */
final class DuplicateHashes {

  private DuplicateHashes() {}

  static boolean anyAmong(List<CsvChunk> chunks) {
    int k = chunks.size();
    long[][] arrays = new long[k][];
    int[] lengths = new int[k];
    int[] cursor = new int[k];
    int[] heap = new int[k];
    int size = 0;
    for (int i = 0; i < k; i++) {
      CsvChunk c = chunks.get(i);
      arrays[i] = c.idHashes;
      lengths[i] = c.idCount;
      for (int j = 1; j < c.idCount; j++) {
        if (c.idHashes[j] == c.idHashes[j - 1]) {
          return true;
        }
      }
      if (c.idCount > 0) {
        heap[size++] = i;
      }
    }
    for (int i = size / 2 - 1; i >= 0; i--) {
      down(heap, size, i, arrays, cursor);
    }
    boolean first = true;
    long previous = 0;
    while (size > 0) {
      int top = heap[0];
      long v = arrays[top][cursor[top]];
      if (!first && v == previous) {
        return true;
      }
      first = false;
      previous = v;
      cursor[top]++;
      if (cursor[top] == lengths[top]) {
        heap[0] = heap[--size];
      }
      down(heap, size, 0, arrays, cursor);
    }
    return false;
  }

  private static void down(int[] heap, int size, int i, long[][] arrays, int[] cursor) {
    while (true) {
      int l = 2 * i + 1;
      if (l >= size) {
        return;
      }
      int r = l + 1;
      int m = r < size && value(heap[r], arrays, cursor) < value(heap[l], arrays, cursor) ? r : l;
      if (value(heap[m], arrays, cursor) >= value(heap[i], arrays, cursor)) {
        return;
      }
      int t = heap[m];
      heap[m] = heap[i];
      heap[i] = t;
      i = m;
    }
  }

  private static long value(int array, long[][] arrays, int[] cursor) {
    return arrays[array][cursor[array]];
  }
}

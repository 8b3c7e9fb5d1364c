package org.scopeplus.core.ecosystem;

import java.util.Arrays;

/**
 * An open-addressing map from long keys to int values, without boxing. Key and value sit side by
 * side in one array so a lookup touches one cache line.
 */
final class LongIntTable {

  private static final long EMPTY = Long.MIN_VALUE;

  private long[] cells;
  private int mask;
  private int size;

  LongIntTable(int expected) {
    int cap = Integer.highestOneBit(Math.max(16, expected * 2 - 1)) << 1;
    cells = new long[cap * 2];
    for (int i = 0; i < cells.length; i += 2) {
      cells[i] = EMPTY;
    }
    mask = cap - 1;
  }

  int size() {
    return size;
  }

  /** Reads the home cell of a key so a lookup soon after finds it in cache. */
  long touch(long key) {
    return cells[((int) mix(key) & mask) << 1];
  }

  /** The value for a key, or {@code absent}. */
  int get(long key, int absent) {
    int i = index(key);
    while (true) {
      long k = cells[i << 1];
      if (k == key) {
        return (int) cells[(i << 1) + 1];
      }
      if (k == EMPTY) {
        return absent;
      }
      i = (i + 1) & mask;
    }
  }

  void put(long key, int value) {
    int i = index(key);
    while (true) {
      long k = cells[i << 1];
      if (k == key) {
        cells[(i << 1) + 1] = value;
        return;
      }
      if (k == EMPTY) {
        cells[i << 1] = key;
        cells[(i << 1) + 1] = value;
        if (++size * 2 > mask + 1) {
          grow();
        }
        return;
      }
      i = (i + 1) & mask;
    }
  }

  private int index(long key) {
    return (int) mix(key) & mask;
  }

  private void grow() {
    long[] old = cells;
    cells = new long[old.length * 2];
    for (int i = 0; i < cells.length; i += 2) {
      cells[i] = EMPTY;
    }
    mask = (cells.length >> 1) - 1;
    size = 0;
    for (int j = 0; j < old.length; j += 2) {
      if (old[j] != EMPTY) {
        put(old[j], (int) old[j + 1]);
      }
    }
    Arrays.fill(old, 0);
  }

  static long mix(long z) {
    z = (z ^ (z >>> 33)) * 0xFF51AFD7ED558CCDL;
    z = (z ^ (z >>> 33)) * 0xC4CEB9FE1A85EC53L;
    return z ^ (z >>> 33);
  }
}

package org.scopeplus.core.scope3plus.internal;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;

/**
 * A small exact map from short names (at most {@link #MAX_BYTES} bytes: action types, programmes,
 * regions) to int values. Each name is packed with its length into five longs, so a lookup is a
 * hash and a few long comparisons in one cache line, without touching an arena.
 */
public final class ShortNameTable {

  public static final int MAX_BYTES = 40;
  private static final VarHandle LONGS =
      MethodHandles.byteArrayViewVarHandle(long[].class, ByteOrder.LITTLE_ENDIAN);
  private static final int STRIDE = 6;

  private long[] cells;
  private int mask;
  private int size;
  private final long[] packed = new long[5];

  public ShortNameTable(int expected) {
    int cap = Integer.highestOneBit(Math.max(16, expected * 2 - 1)) << 1;
    cells = new long[cap * STRIDE];
    mask = cap - 1;
  }

  /** The value of a name, -1 when absent. The name must be at most {@link #MAX_BYTES} bytes. */
  public int get(byte[] b, int off, int len) {
    long h = pack(b, off, len);
    int i = (int) h & mask;
    long[] p = packed;
    while (true) {
      int at = i * STRIDE;
      long tail = cells[at + 5];
      if (tail == 0) {
        return -1;
      }
      if ((int) (tail >>> 32) == len + 1
          && cells[at] == p[0]
          && cells[at + 1] == p[1]
          && cells[at + 2] == p[2]
          && cells[at + 3] == p[3]
          && cells[at + 4] == p[4]) {
        return (int) tail;
      }
      i = (i + 1) & mask;
    }
  }

  /** Adds a name that is absent. */
  public void put(String name, int value) {
    byte[] b = name.getBytes(StandardCharsets.UTF_8);
    if (b.length > MAX_BYTES) {
      throw new IllegalArgumentException("name longer than " + MAX_BYTES + " bytes");
    }
    if ((size + 1) * 2 > mask + 1) {
      grow();
    }
    insert(b, b.length, value);
    size++;
  }

  private void insert(byte[] b, int len, int value) {
    long h = pack(b, 0, len);
    int i = (int) h & mask;
    while (cells[i * STRIDE + 5] != 0) {
      i = (i + 1) & mask;
    }
    int at = i * STRIDE;
    System.arraycopy(packed, 0, cells, at, 5);
    cells[at + 5] = ((long) (len + 1) << 32) | (value & 0xFFFFFFFFL);
  }

  private void grow() {
    long[] old = cells;
    cells = new long[old.length * 2];
    mask = (cells.length / STRIDE) - 1;
    byte[] b = new byte[MAX_BYTES];
    for (int at = 0; at < old.length; at += STRIDE) {
      long tail = old[at + 5];
      if (tail == 0) {
        continue;
      }
      int len = (int) (tail >>> 32) - 1;
      for (int i = 0; i < len; i++) {
        b[i] = (byte) (old[at + (i >>> 3)] >>> ((i & 7) * 8));
      }
      insert(b, len, (int) tail);
    }
  }

  private long pack(byte[] b, int off, int len) {
    long[] p = packed;
    p[0] = 0;
    p[1] = 0;
    p[2] = 0;
    p[3] = 0;
    p[4] = 0;
    int full = len >>> 3;
    if (off + (full + 1) * 8 <= b.length) {
      for (int k = 0; k <= full && k < 5; k++) {
        long v = (long) LONGS.get(b, off + k * 8);
        int rem = len - k * 8;
        p[k] = rem >= 8 ? v : v & ((1L << (rem * 8)) - 1);
      }
    } else {
      for (int i = 0; i < len; i++) {
        p[i >>> 3] |= (b[off + i] & 0xFFL) << ((i & 7) * 8);
      }
    }
    // the words past the name are zero: mixing only the name's own words (at least one) hashes
    // a short name in one or two rounds instead of five
    long h = len;
    int words = Math.max(1, (len + 7) >>> 3);
    for (int k = 0; k < words; k++) {
      h = (h ^ p[k]) * 0x9E3779B97F4A7C15L;
      h ^= h >>> 29;
    }
    return h;
  }
}

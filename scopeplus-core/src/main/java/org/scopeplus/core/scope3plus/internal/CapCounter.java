package org.scopeplus.core.scope3plus.internal;

/**
 * Events counted per (actor, UTC day, methodology), for daily caps: one long per entry, the packed
 * key in the high 57 bits and the count (at most 127) in the low 7, in an open-addressing table.
 */
public final class CapCounter {

  private long[] cells;
  private int mask;
  private int size;

  public CapCounter(int expected) {
    cells = new long[capacityFor(expected)];
    mask = cells.length - 1;
  }

  private static int capacityFor(int n) {
    long want = Math.max(16, (long) n * 4 / 3 + 1);
    return (int) Math.min(1 << 30, Long.highestOneBit(want - 1) << 1);
  }

  /** Packs (actor, day, methodology) into 57 bits. */
  public static long key(int actor, int day, int methodology) {
    return ((long) actor << 26) | ((long) (day & 0xFFFF) << 10) | methodology;
  }

  /** Reads the home cell of a key so a lookup soon after finds it in cache. */
  public long touch(long key) {
    return cells[(int) AggregateTable.mix(key) & mask];
  }

  /** The count for a key, 0 when absent. */
  public int count(long key) {
    int i = (int) AggregateTable.mix(key) & mask;
    while (true) {
      long c = cells[i];
      if (c == 0) {
        return 0;
      }
      if (c >>> 7 == key) {
        return (int) (c & 0x7F);
      }
      i = (i + 1) & mask;
    }
  }

  /** Adds one to the count of a key (which stays at most 127). */
  public void increment(long key) {
    int i = (int) AggregateTable.mix(key) & mask;
    while (true) {
      long c = cells[i];
      if (c == 0) {
        cells[i] = key << 7 | 1;
        if (++size * 4L > cells.length * 3L) {
          grow();
        }
        return;
      }
      if (c >>> 7 == key) {
        if ((c & 0x7F) < 0x7F) {
          cells[i] = c + 1;
        }
        return;
      }
      i = (i + 1) & mask;
    }
  }

  /** Takes one from the count of a key (a reversal); a count at zero stays there. */
  public void decrement(long key) {
    int i = (int) AggregateTable.mix(key) & mask;
    while (true) {
      long c = cells[i];
      if (c == 0) {
        return;
      }
      if (c >>> 7 == key) {
        if ((c & 0x7F) > 0) {
          cells[i] = c - 1;
        }
        return;
      }
      i = (i + 1) & mask;
    }
  }

  private void grow() {
    long[] old = cells;
    cells = new long[old.length * 2];
    mask = cells.length - 1;
    for (long c : old) {
      if (c == 0) {
        continue;
      }
      int i = (int) AggregateTable.mix(c >>> 7) & mask;
      while (cells[i] != 0) {
        i = (i + 1) & mask;
      }
      cells[i] = c;
    }
  }
}

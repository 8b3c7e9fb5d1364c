package org.scopeplus.core.scope3plus.internal;

/**
 * Aggregate cells keyed by a packed long (programme, methodology, region, month), each holding
 * grams, events and weak grams next to its key so an update touches one cache line.
 */
public final class AggregateTable {

  private static final long EMPTY = Long.MIN_VALUE;
  private static final int STRIDE = 4;

  private long[] cells;
  private int mask;
  private int size;

  public AggregateTable(int expected) {
    int cap = Integer.highestOneBit(Math.max(16, expected * 2 - 1)) << 1;
    cells = newCells(cap);
    mask = cap - 1;
  }

  private static long[] newCells(int cap) {
    long[] c = new long[cap * STRIDE];
    for (int i = 0; i < c.length; i += STRIDE) {
      c[i] = EMPTY;
    }
    return c;
  }

  public int size() {
    return size;
  }

  /** Reads the home cell of a key so an update soon after finds it in cache. */
  public long touch(long key) {
    return cells[((int) mix(key) & mask) * STRIDE];
  }

  public void add(long key, long grams, long weakGrams) {
    int at = cellOf(key);
    if (cells[at] == key) {
      cells[at + 1] += grams;
      cells[at + 2]++;
      cells[at + 3] += weakGrams;
      return;
    }
    cells[at] = key;
    cells[at + 1] = grams;
    cells[at + 2] = 1;
    cells[at + 3] = weakGrams;
    if (++size * 2 > mask + 1) {
      grow();
    }
  }

  /** Takes one event's grams and weak grams away from an existing cell (a reversal). */
  public void subtract(long key, long grams, long weakGrams) {
    int at = cellOf(key);
    if (cells[at] != key) {
      throw new IllegalStateException("no aggregate cell holds the event to reverse");
    }
    cells[at + 1] -= grams;
    cells[at + 2]--;
    cells[at + 3] -= weakGrams;
  }

  /**
   * Where in {@code cells} the cell of {@code key} starts: its own cell, or the empty one it would
   * take (linear probing from its home cell).
   */
  private int cellOf(long key) {
    int i = (int) mix(key) & mask;
    while (true) {
      int at = i * STRIDE;
      long k = cells[at];
      if (k == key || k == EMPTY) {
        return at;
      }
      i = (i + 1) & mask;
    }
  }

  /** Calls {@code visitor} for each cell. */
  public void forEach(Visitor visitor) {
    for (int at = 0; at < cells.length; at += STRIDE) {
      if (cells[at] != EMPTY) {
        visitor.visit(cells[at], cells[at + 1], cells[at + 2], cells[at + 3]);
      }
    }
  }

  /** Receives cells. */
  public interface Visitor {
    void visit(long key, long grams, long events, long weakGrams);
  }

  private void grow() {
    long[] old = cells;
    int cap = (mask + 1) * 2;
    cells = newCells(cap);
    mask = cap - 1;
    for (int at = 0; at < old.length; at += STRIDE) {
      long key = old[at];
      if (key == EMPTY) {
        continue;
      }
      int i = (int) mix(key) & mask;
      while (cells[i * STRIDE] != EMPTY) {
        i = (i + 1) & mask;
      }
      System.arraycopy(old, at, cells, i * STRIDE, STRIDE);
    }
  }

  static long mix(long z) {
    z = (z ^ (z >>> 33)) * 0xFF51AFD7ED558CCDL;
    z = (z ^ (z >>> 33)) * 0xC4CEB9FE1A85EC53L;
    return z ^ (z >>> 33);
  }
}

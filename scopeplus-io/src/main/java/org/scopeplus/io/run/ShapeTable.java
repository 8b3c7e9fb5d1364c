package org.scopeplus.io.run;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteOrder;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Record shapes by the bytes of a row's shape cells (org unit, facility, period, activity type,
 * unit, region, substance, instrument): one hash and one comparison per row find what every cell
 * means and which plan applies. The cells are read as runs of neighbouring columns, commas
 * included, so equal bytes mean equal cells. Not thread-safe.
 */
final class ShapeTable {

  private static final VarHandle LONGS =
      MethodHandles.byteArrayViewVarHandle(long[].class, ByteOrder.LITTLE_ENDIAN);

  /** First and last column of each run of neighbouring shape columns. */
  private final int[] runFirst;

  private final int[] runLast;

  /** Rows must have at least this many fields for the runs to be read. */
  private final int minFields;

  /** The keys of all shapes, one after the other, so that comparisons stay in few cache lines. */
  private byte[] arena = new byte[1 << 16];

  private int arenaSize;

  /** Per slot: hash, key start, key length, next to each other (one cache line per probe). */
  private int[] slots = new int[3 * 1024];

  private RecordShape[] values = new RecordShape[1024];
  private int size;
  private final List<RecordShape> all = new ArrayList<>();

  /** A table for the given shape columns (-1 for a column the file does not have). */
  ShapeTable(int[] columns) {
    int[] sorted = Arrays.stream(columns).filter(c -> c >= 0).sorted().toArray();
    List<int[]> runs = new ArrayList<>();
    for (int c : sorted) {
      if (!runs.isEmpty() && runs.get(runs.size() - 1)[1] == c - 1) {
        runs.get(runs.size() - 1)[1] = c;
      } else {
        runs.add(new int[] {c, c});
      }
    }
    runFirst = runs.stream().mapToInt(r -> r[0]).toArray();
    runLast = runs.stream().mapToInt(r -> r[1]).toArray();
    minFields = sorted.length == 0 ? 0 : sorted[sorted.length - 1] + 1;
  }

  /** False when the row is too short to be looked up (the general path takes it). */
  boolean readable(int fields) {
    return fields >= minFields;
  }

  /** The shape of the row, or null when it has not been seen. */
  RecordShape find(byte[] b, int[] starts, int[] ends) {
    int h = hash(b, starts, ends);
    int mask = values.length - 1;
    int slot = h & mask;
    while (true) {
      RecordShape s = values[slot];
      if (s == null) {
        return null;
      }
      int k = 3 * slot;
      if (slots[k] == h && same(slots[k + 1], slots[k + 2], b, starts, ends)) {
        return s;
      }
      slot = (slot + 1) & mask;
    }
  }

  /** Remembers the shape of the row. */
  void add(byte[] b, int[] starts, int[] ends, RecordShape shape) {
    if ((size + 1) * 2 > values.length) {
      grow();
    }
    int length = 0;
    for (int r = 0; r < runFirst.length; r++) {
      length += ends[runLast[r]] - starts[runFirst[r]] + 1;
    }
    if (arenaSize + length > arena.length) {
      arena = Arrays.copyOf(arena, Math.max(arena.length * 2, arenaSize + length));
    }
    int start = arenaSize;
    int pos = start;
    for (int r = 0; r < runFirst.length; r++) {
      int from = starts[runFirst[r]];
      int n = ends[runLast[r]] - from;
      System.arraycopy(b, from, arena, pos, n);
      pos += n;
      arena[pos++] = '\n';
    }
    arenaSize = pos;
    insert(hash(b, starts, ends), start, length, shape);
    size++;
    if (shape != RecordShape.INVALID) {
      all.add(shape);
    }
  }

  private void insert(int h, int start, int length, RecordShape shape) {
    int mask = values.length - 1;
    int slot = h & mask;
    while (values[slot] != null) {
      slot = (slot + 1) & mask;
    }
    values[slot] = shape;
    slots[3 * slot] = h;
    slots[3 * slot + 1] = start;
    slots[3 * slot + 2] = length;
  }

  private void grow() {
    int[] oldSlots = slots;
    RecordShape[] old = values;
    slots = new int[oldSlots.length * 2];
    values = new RecordShape[old.length * 2];
    for (int i = 0; i < old.length; i++) {
      if (old[i] != null) {
        insert(oldSlots[3 * i], oldSlots[3 * i + 1], oldSlots[3 * i + 2], old[i]);
      }
    }
  }

  /** Every shape the lean path calculates, in the order first seen. */
  List<RecordShape> values() {
    return all;
  }

  private boolean same(int start, int length, byte[] b, int[] starts, int[] ends) {
    byte[] key = arena;
    int end = start + length;
    int pos = start;
    for (int r = 0; r < runFirst.length; r++) {
      int from = starts[runFirst[r]];
      int to = ends[runLast[r]];
      int n = to - from;
      // a line feed cannot be inside a row, so it ends each run of the key unambiguously
      if (pos + n >= end
          || key[pos + n] != '\n'
          || !Arrays.equals(key, pos, pos + n, b, from, to)) {
        return false;
      }
      pos += n + 1;
    }
    return pos == end;
  }

  private int hash(byte[] b, int[] starts, int[] ends) {
    long h = 0;
    for (int r = 0; r < runFirst.length; r++) {
      int i = starts[runFirst[r]];
      int to = ends[runLast[r]];
      for (; i + 8 <= to; i += 8) {
        h = (h + (long) LONGS.get(b, i)) * 0x9E3779B97F4A7C15L;
        h ^= h >>> 29;
      }
      long tail = 0;
      int rest = to - i;
      if (rest > 0) {
        if (i + 8 <= b.length) {
          // one read, keeping only the bytes of the run
          tail = (long) LONGS.get(b, i) & (-1L >>> (64 - 8 * rest));
        } else {
          for (int shift = 0; i < to; i++, shift += 8) {
            tail |= (b[i] & 0xFFL) << shift;
          }
        }
      }
      h = (h + tail + (to - starts[runFirst[r]])) * 0x9E3779B97F4A7C15L;
      h ^= h >>> 29;
    }
    return (int) (h ^ (h >>> 32));
  }
}

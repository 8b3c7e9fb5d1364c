package org.scopeplus.io.run;

import java.util.Arrays;

/**
 * Interns the byte strings of one CSV column without making a {@code String} per row: each distinct
 * value gets a small id and an entry where the caller keeps what the value means (a parsed period,
 * an activity type...). Not thread-safe; one per thread and column.
 */
final class ByteInterner {

  /** A distinct value of the column. */
  static final class Entry {
    final int id;
    final byte[] bytes;

    /** What the caller derived from the value once, or null before it did. */
    Object meaning;

    Entry(int id, byte[] bytes) {
      this.id = id;
      this.bytes = bytes;
    }
  }

  private Entry[] table = new Entry[64];
  private int[] hashes = new int[64];
  private int size;

  /** The entry of the bytes {@code buf[from, to)}, added when new. */
  Entry intern(byte[] buf, int from, int to) {
    int h = 0x811c9dc5;
    for (int i = from; i < to; i++) {
      h = (h ^ buf[i]) * 0x01000193;
    }
    h ^= h >>> 15;
    int mask = table.length - 1;
    int slot = h & mask;
    while (true) {
      Entry e = table[slot];
      if (e == null) {
        break;
      }
      if (hashes[slot] == h && Arrays.equals(e.bytes, 0, e.bytes.length, buf, from, to)) {
        return e;
      }
      slot = (slot + 1) & mask;
    }
    Entry e = new Entry(size, Arrays.copyOfRange(buf, from, to));
    table[slot] = e;
    hashes[slot] = h;
    size++;
    if (size * 2 > table.length) {
      grow();
    }
    return e;
  }

  private void grow() {
    Entry[] old = table;
    int[] oldHashes = hashes;
    table = new Entry[old.length * 2];
    hashes = new int[old.length * 2];
    int mask = table.length - 1;
    for (int i = 0; i < old.length; i++) {
      if (old[i] != null) {
        int slot = oldHashes[i] & mask;
        while (table[slot] != null) {
          slot = (slot + 1) & mask;
        }
        table[slot] = old[i];
        hashes[slot] = oldHashes[i];
      }
    }
  }
}

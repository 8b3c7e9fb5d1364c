package org.scopeplus.io.run;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.function.Function;

/**
 * Interns the byte strings of one CSV column without making a {@code String} per row: each distinct
 * value gets a small id and an entry that keeps what the value means (a parsed period, an activity
 * type...), worked out once from its stripped text. Not thread-safe; one per thread and column.
 *
 * @param <M> what a value of the column means
 */
final class ByteInterner<M> {

  /** A distinct value of the column. */
  static final class Entry<M> {
    final int id;
    final byte[] bytes;

    /** What the value means, or null before it was worked out. */
    M meaning;

    Entry(int id, byte[] bytes) {
      this.id = id;
      this.bytes = bytes;
    }
  }

  private final Function<String, M> meaningOf;

  /** An interner for values whose meaning {@code meaningOf} works out from their stripped text. */
  ByteInterner(Function<String, M> meaningOf) {
    this.meaningOf = meaningOf;
  }

  /** What the bytes {@code buf[from, to)} mean. */
  M meaning(byte[] buf, int from, int to) {
    Entry<M> e = intern(buf, from, to);
    M m = e.meaning;
    if (m == null) {
      m = meaningOf.apply(new String(e.bytes, StandardCharsets.UTF_8).strip());
      e.meaning = m;
    }
    return m;
  }

  private Entry<M>[] table = newTable(64);
  private int[] hashes = new int[64];
  private int size;

  /** The entry of the bytes {@code buf[from, to)}, added when new. */
  Entry<M> intern(byte[] buf, int from, int to) {
    int h = 0x811c9dc5;
    for (int i = from; i < to; i++) {
      h = (h ^ buf[i]) * 0x01000193;
    }
    h ^= h >>> 15;
    int mask = table.length - 1;
    int slot = h & mask;
    while (true) {
      Entry<M> e = table[slot];
      if (e == null) {
        break;
      }
      if (hashes[slot] == h && Arrays.equals(e.bytes, 0, e.bytes.length, buf, from, to)) {
        return e;
      }
      slot = (slot + 1) & mask;
    }
    Entry<M> e = new Entry<>(size, Arrays.copyOfRange(buf, from, to));
    table[slot] = e;
    hashes[slot] = h;
    size++;
    if (size * 2 > table.length) {
      grow();
    }
    return e;
  }

  private void grow() {
    Entry<M>[] old = table;
    int[] oldHashes = hashes;
    table = newTable(old.length * 2);
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

  @SuppressWarnings("unchecked")
  private static <M> Entry<M>[] newTable(int n) {
    return (Entry<M>[]) new Entry<?>[n];
  }
}

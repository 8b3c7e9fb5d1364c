package org.scopeplus.core.scope3plus.internal;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * An exact set of byte-string keys (at most 255 bytes each), each with an int value: open
 * addressing over a {@code long[]} of slots that point into an append-only byte arena. Keys are
 * stored whole, not as hashes, so membership is exact. No allocation per lookup or insert beyond
 * arena chunks and table growth.
 */
public final class ByteKeyIndex {

  /** Longest key, in bytes. */
  public static final int MAX_KEY_BYTES = 255;

  private static final VarHandle LONGS =
      MethodHandles.byteArrayViewVarHandle(long[].class, ByteOrder.LITTLE_ENDIAN);
  private static final VarHandle INTS =
      MethodHandles.byteArrayViewVarHandle(int[].class, ByteOrder.LITTLE_ENDIAN);
  private static final int CHUNK_BITS = 22;
  private static final int CHUNK = 1 << CHUNK_BITS;
  private static final long OFFSET_MASK = (1L << 36) - 1;
  private static final long TOMBSTONE = -1L;

  private byte[][] chunks = new byte[4][];
  private int chunkCount;
  private int chunkFill = CHUNK;
  private long[] slots;
  private final int payloadBytes;
  private int mask;
  private int size;
  private int used;

  /** An index for about {@code expected} keys. */
  public ByteKeyIndex(int expected) {
    this(expected, 0);
  }

  /**
   * An index for about {@code expected} keys, each entry carrying {@code payloadLongs} longs (zero
   * at first) beside its key, so data about a key is read in the same cache line as the key.
   */
  public ByteKeyIndex(int expected, int payloadLongs) {
    payloadBytes = payloadLongs * 8;
    long want = Math.max(16, (long) expected * 4 / 3 + 1);
    int cap = (int) Math.min(1 << 30, Long.highestOneBit(want - 1) << 1);
    slots = new long[cap];
    mask = cap - 1;
  }

  /** Number of live keys. */
  public int size() {
    return size;
  }

  /** Bytes held: arena chunks plus the slot and value tables. */
  public long bytesHeld() {
    return (long) chunkCount * CHUNK + (long) slots.length * 8;
  }

  /** A hash of {@code len} bytes at {@code off}. */
  public static long hash(byte[] b, int off, int len) {
    long h = 0x9E3779B97F4A7C15L ^ len;
    int i = 0;
    for (; i + 8 <= len; i += 8) {
      h = (h ^ (long) LONGS.get(b, off + i)) * 0xC2B2AE3D27D4EB4FL;
      h = Long.rotateLeft(h, 31);
    }
    long tail = 0;
    if (i < len && off + i + 8 <= b.length) {
      // the last 1-7 bytes in one word read, masked: the same value as byte by byte
      tail = (long) LONGS.get(b, off + i) & (-1L >>> (64 - 8 * (len - i)));
    } else {
      for (int s = 0; i < len; i++, s += 8) {
        tail |= (b[off + i] & 0xFFL) << s;
      }
    }
    h = (h ^ tail) * 0x165667B19E3779F9L;
    h ^= h >>> 33;
    h *= 0xFF51AFD7ED558CCDL;
    h ^= h >>> 33;
    return h;
  }

  /**
   * {@link #hash} of a 16-byte key whose two little-endian words are {@code w0} and {@code w1}: the
   * same value, computed from words already in registers (the keys {@link ActionKeys} writes)
   * instead of read back from the array.
   */
  public static long hash16(long w0, long w1) {
    long h = 0x9E3779B97F4A7C15L ^ 16;
    h = Long.rotateLeft((h ^ w0) * 0xC2B2AE3D27D4EB4FL, 31);
    h = Long.rotateLeft((h ^ w1) * 0xC2B2AE3D27D4EB4FL, 31);
    h *= 0x165667B19E3779F9L;
    h ^= h >>> 33;
    h *= 0xFF51AFD7ED558CCDL;
    h ^= h >>> 33;
    return h;
  }

  /**
   * The slot holding the key, or {@code -(insertion slot) - 1} when absent. Pass the result of
   * {@link #hash} for the same bytes.
   */
  public int find(byte[] b, int off, int len, long hash) {
    long tag = (hash >>> 37) << 36;
    int i = (int) hash & mask;
    int firstFree = -1;
    while (true) {
      long s = slots[i];
      if (s == 0) {
        return -(firstFree >= 0 ? firstFree : i) - 1;
      }
      if (s == TOMBSTONE) {
        if (firstFree < 0) {
          firstFree = i;
        }
      } else if ((s & ~OFFSET_MASK) == tag && equalsAt((s & OFFSET_MASK) - 1, b, off, len)) {
        return i;
      }
      i = (i + 1) & mask;
    }
  }

  /**
   * Reads the home slot of a hash and the start of the entry it points to, so that a lookup soon
   * after finds both in cache. Returns a value only so the reads are not optimised away.
   */
  public long touch(long hash) {
    long s = slots[(int) hash & mask];
    if (s == 0 || s == TOMBSTONE) {
      return s;
    }
    long at = (s & OFFSET_MASK) - 1;
    return chunks[(int) (at >>> CHUNK_BITS)][(int) (at & (CHUNK - 1))];
  }

  /** Reads the home slot of a hash only (see {@link #touch}). */
  public long touchSlot(long hash) {
    return slots[(int) hash & mask];
  }

  /** The entry (arena position) of a slot returned by {@link #find}; stable while the key lives. */
  public long entry(int slot) {
    return (slots[slot] & OFFSET_MASK) - 1;
  }

  /** Payload long {@code i} of an entry. */
  public long payload(long entry, int i) {
    byte[] chunk = chunks[(int) (entry >>> CHUNK_BITS)];
    int p = (int) (entry & (CHUNK - 1));
    return (long) LONGS.get(chunk, p + 5 + (chunk[p] & 0xFF) + 8 * i);
  }

  /** Adds {@code delta} to payload long {@code i} of an entry. */
  public void addPayload(long entry, int i, long delta) {
    byte[] chunk = chunks[(int) (entry >>> CHUNK_BITS)];
    int at = (int) (entry & (CHUNK - 1));
    at += 5 + (chunk[at] & 0xFF) + 8 * i;
    LONGS.set(chunk, at, (long) LONGS.get(chunk, at) + delta);
  }

  /** The value stored at a slot returned by {@link #find}. */
  public int valueAt(int slot) {
    long at = (slots[slot] & OFFSET_MASK) - 1;
    byte[] chunk = chunks[(int) (at >>> CHUNK_BITS)];
    int p = (int) (at & (CHUNK - 1));
    return (int) INTS.get(chunk, p + 1 + (chunk[p] & 0xFF));
  }

  /** Replaces the value at a slot returned by {@link #find}. */
  public void setValueAt(int slot, int value) {
    long at = (slots[slot] & OFFSET_MASK) - 1;
    byte[] chunk = chunks[(int) (at >>> CHUNK_BITS)];
    int p = (int) (at & (CHUNK - 1));
    INTS.set(chunk, p + 1 + (chunk[p] & 0xFF), value);
  }

  /**
   * Inserts an absent key at the slot {@code -(find(...)) - 1}. The table may grow, which moves
   * slots; call {@link #find} again before the next slot access.
   */
  public void insertAt(int slot, byte[] b, int off, int len, long hash, int value) {
    if (len > MAX_KEY_BYTES) {
      throw new IllegalArgumentException("key longer than " + MAX_KEY_BYTES + " bytes");
    }
    long at = append(b, off, len, value);
    long tag = (hash >>> 37) << 36;
    if (slots[slot] == 0) {
      used++;
    }
    slots[slot] = tag | (at + 1);
    size++;
    if (used * 4L > slots.length * 3L) {
      rehash(size * 2L > slots.length ? slots.length * 2 : slots.length);
    }
  }

  /**
   * Adds a key if absent; returns the existing value, or -1 when it was added with {@code value}.
   */
  public int putIfAbsent(byte[] b, int off, int len, int value) {
    return putIfAbsent(b, off, len, hash(b, off, len), value);
  }

  /**
   * {@link #putIfAbsent(byte[], int, int, int)} with the key's {@link #hash} already known, so it
   * is not computed again.
   */
  public int putIfAbsent(byte[] b, int off, int len, long h, int value) {
    int s = find(b, off, len, h);
    if (s >= 0) {
      return valueAt(s);
    }
    insertAt(-s - 1, b, off, len, h, value);
    return -1;
  }

  /** Adds a string key if absent; returns the existing value or -1. */
  public int putIfAbsent(String key, int value) {
    byte[] b = key.getBytes(StandardCharsets.UTF_8);
    return putIfAbsent(b, 0, b.length, value);
  }

  /** The value of a key, or -1 when absent. */
  public int get(byte[] b, int off, int len) {
    int s = find(b, off, len, hash(b, off, len));
    return s >= 0 ? valueAt(s) : -1;
  }

  /** The value of a string key, or -1 when absent. */
  public int get(String key) {
    byte[] b = key.getBytes(StandardCharsets.UTF_8);
    return get(b, 0, b.length);
  }

  /**
   * Removes a key: its slot becomes a tombstone and its bytes in the arena are overwritten with
   * zeros, so the key itself no longer exists in memory. Returns its value, or -1 when absent.
   */
  public int remove(byte[] b, int off, int len) {
    int s = find(b, off, len, hash(b, off, len));
    if (s < 0) {
      return -1;
    }
    int value = valueAt(s);
    long at = (slots[s] & OFFSET_MASK) - 1;
    byte[] chunk = chunks[(int) (at >>> CHUNK_BITS)];
    int p = (int) (at & (CHUNK - 1));
    Arrays.fill(chunk, p + 1, p + 1 + (chunk[p] & 0xFF), (byte) 0);
    int payloadAt = p + 5 + (chunk[p] & 0xFF);
    Arrays.fill(chunk, payloadAt, payloadAt + payloadBytes, (byte) 0);
    slots[s] = TOMBSTONE;
    size--;
    return value;
  }

  /** Calls {@code visitor} with each live key, its value and its entry (see {@link #payload}). */
  public void forEachEntry(EntryVisitor visitor) {
    for (long s : slots) {
      if (s == 0 || s == TOMBSTONE) {
        continue;
      }
      long at = (s & OFFSET_MASK) - 1;
      byte[] chunk = chunks[(int) (at >>> CHUNK_BITS)];
      int p = (int) (at & (CHUNK - 1));
      int len = chunk[p] & 0xFF;
      visitor.visit(
          new String(chunk, p + 1, len, StandardCharsets.UTF_8),
          (int) INTS.get(chunk, p + 1 + len),
          at);
    }
  }

  /** Receives keys, values and entries. */
  public interface EntryVisitor {
    void visit(String key, int value, long entry);
  }

  private boolean equalsAt(long at, byte[] b, int off, int len) {
    byte[] chunk = chunks[(int) (at >>> CHUNK_BITS)];
    int p = (int) (at & (CHUNK - 1));
    if ((chunk[p] & 0xFF) != len) {
      return false;
    }
    int a = p + 1;
    int i = 0;
    for (; i + 8 <= len; i += 8) {
      if ((long) LONGS.get(chunk, a + i) != (long) LONGS.get(b, off + i)) {
        return false;
      }
    }
    for (; i < len; i++) {
      if (chunk[a + i] != b[off + i]) {
        return false;
      }
    }
    return true;
  }

  private long append(byte[] b, int off, int len, int value) {
    if (chunkFill + 5 + len + payloadBytes > CHUNK) {
      if (chunkCount == chunks.length) {
        chunks = Arrays.copyOf(chunks, chunks.length * 2);
      }
      chunks[chunkCount++] = new byte[CHUNK];
      chunkFill = 0;
    }
    byte[] chunk = chunks[chunkCount - 1];
    int p = chunkFill;
    chunk[p] = (byte) len;
    System.arraycopy(b, off, chunk, p + 1, len);
    INTS.set(chunk, p + 1 + len, value);
    chunkFill += 5 + len + payloadBytes;
    return ((long) (chunkCount - 1) << CHUNK_BITS) | p;
  }

  private void rehash(int capacity) {
    long[] oldSlots = slots;
    slots = new long[capacity];
    mask = capacity - 1;
    used = 0;
    for (int j = 0; j < oldSlots.length; j++) {
      long s = oldSlots[j];
      if (s == 0 || s == TOMBSTONE) {
        continue;
      }
      long at = (s & OFFSET_MASK) - 1;
      byte[] chunk = chunks[(int) (at >>> CHUNK_BITS)];
      int p = (int) (at & (CHUNK - 1));
      long h = hash(chunk, p + 1, chunk[p] & 0xFF);
      int i = (int) h & mask;
      while (slots[i] != 0) {
        i = (i + 1) & mask;
      }
      slots[i] = s;
      used++;
    }
  }
}

package org.scopeplus.io.scope3plus;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.util.Arrays;
import java.util.zip.CRC32;

/**
 * Where each actor's records lie in one segment, so that an account's history reads only those
 * records: the records' byte offsets sorted by a 32-bit hash of their actor, and the CRC-32 of
 * every {@value #BLOCK} bytes of the segment, so that the blocks read are checked without reading
 * the whole segment. An index belongs to one segment content (its length and CRC-32 are in the
 * index file) and carries its own CRC-32; a missing, damaged or stale index is rebuilt from its
 * segment. Records whose actor is blank (erased) are not indexed.
 *
 * <p>File layout, little-endian: magic {@code SPAI}, format, segment bytes, segment CRC-32, block
 * size, entry count, block count, the entries (actor hash in the high 32 bits, record offset in the
 * low 32 bits, ascending as signed longs), the block CRC-32s, and the CRC-32 of everything before
 * it.
 */
final class ActorIndex {

  /** Bytes of segment one block checksum covers. */
  static final int BLOCK = 4096;

  /** Longest record: four fields of a length byte and at most 255 bytes, then 26 fixed bytes. */
  static final int MAX_RECORD = 4 * 256 + 26;

  private static final int MAGIC = 0x49415053; // "SPAI" read little-endian
  private static final int FORMAT = 1;
  private static final int HEADER = 4 + 4 + 8 + 8 + 4 + 4 + 4;

  private final long[] entries;
  private final int[] blocks;

  private ActorIndex(long[] entries, int[] blocks) {
    this.entries = entries;
    this.blocks = blocks;
  }

  /**
   * An index of {@code entries} (as {@link #entry} makes them, in any order; the array is sorted in
   * place) and the segment's block checksums.
   */
  static ActorIndex of(long[] entries, int[] blocks) {
    Arrays.sort(entries);
    return new ActorIndex(entries, blocks);
  }

  /** Indexes a whole segment held in {@code segment[0..size)}. */
  static ActorIndex build(byte[] segment, int size) {
    Blocks blocks = new Blocks();
    blocks.update(segment, 0, size);
    return of(entries(segment, size), blocks.finish());
  }

  /** The entries of the records in {@code segment[0..size)}, in record order. */
  static long[] entries(byte[] segment, int size) {
    Entries out = new Entries();
    SegmentRecord r = new SegmentRecord(segment, size, SegmentRecord.FORMAT);
    int at = 0;
    while (r.next()) {
      out.add(r.actorOff, r.actorLen, segment, at);
      at = r.end();
    }
    return out.toArray();
  }

  /**
   * The actor hash the index is keyed by: 32-bit FNV-1a over the actor's UTF-8 bytes, then
   * MurmurHash3's 32-bit finaliser to spread the bits. Part of the file format: never change it
   * without changing {@link #FORMAT}.
   */
  static int hash(byte[] b, int off, int len) {
    int h = 0x811C9DC5;
    for (int i = off; i < off + len; i++) {
      h = (h ^ (b[i] & 0xFF)) * 0x01000193;
    }
    h ^= h >>> 16;
    h *= 0x85EBCA6B;
    h ^= h >>> 13;
    h *= 0xC2B2AE35;
    h ^= h >>> 16;
    return h;
  }

  /** An entry: the actor hash in the high half, the record's offset in the low half. */
  static long entry(int hash, long offset) {
    if (offset < 0 || offset > 0xFFFF_FFFFL) {
      throw new IllegalStateException(
          "a segment is limited to 4 GiB; a record starts at " + offset);
    }
    return (long) hash << 32 | offset;
  }

  /** Offsets of the records whose actor has hash {@code h}, ascending. */
  long[] offsets(int h) {
    long key = (long) h << 32;
    int lo = 0;
    int hi = entries.length;
    while (lo < hi) {
      int mid = (lo + hi) >>> 1;
      if (entries[mid] < key) {
        lo = mid + 1;
      } else {
        hi = mid;
      }
    }
    int end = lo;
    while (end < entries.length && (int) (entries[end] >>> 32) == h) {
      end++;
    }
    long[] out = new long[end - lo];
    for (int i = lo; i < end; i++) {
      out[i - lo] = entries[i] & 0xFFFF_FFFFL;
    }
    return out;
  }

  /** The CRC-32 of block {@code k} of the segment. */
  int block(int k) {
    return blocks[k];
  }

  /** Number of indexed records. */
  int size() {
    return entries.length;
  }

  /** The index file of a segment of {@code segmentBytes} bytes and CRC-32 {@code segmentCrc}. */
  byte[] encode(long segmentBytes, long segmentCrc) {
    ByteBuffer b =
        ByteBuffer.allocate(HEADER + 8 * entries.length + 4 * blocks.length + 4)
            .order(ByteOrder.LITTLE_ENDIAN);
    b.putInt(MAGIC).putInt(FORMAT).putLong(segmentBytes).putLong(segmentCrc);
    b.putInt(BLOCK).putInt(entries.length).putInt(blocks.length);
    for (long e : entries) {
      b.putLong(e);
    }
    for (int c : blocks) {
      b.putInt(c);
    }
    CRC32 crc = new CRC32();
    crc.update(b.array(), 0, b.position());
    b.putInt((int) crc.getValue());
    return b.array();
  }

  /**
   * Reads an index file; null when it is damaged (checksum, layout), of another format, or stale
   * (made for another content than {@code segmentBytes} and {@code segmentCrc}).
   */
  static ActorIndex decode(byte[] file, long segmentBytes, long segmentCrc) {
    if (file.length < HEADER + 4) {
      return null;
    }
    ByteBuffer b = ByteBuffer.wrap(file).order(ByteOrder.LITTLE_ENDIAN);
    CRC32 crc = new CRC32();
    crc.update(file, 0, file.length - 4);
    if (b.getInt(file.length - 4) != (int) crc.getValue()
        || b.getInt() != MAGIC
        || b.getInt() != FORMAT
        || b.getLong() != segmentBytes
        || b.getLong() != segmentCrc
        || b.getInt() != BLOCK) {
      return null;
    }
    int n = b.getInt();
    int m = b.getInt();
    if (n < 0
        || m != (segmentBytes + BLOCK - 1) / BLOCK
        || (long) HEADER + 8L * n + 4L * m + 4 != file.length) {
      return null;
    }
    long[] entries = new long[n];
    for (int i = 0; i < n; i++) {
      entries[i] = b.getLong();
      if ((entries[i] & 0xFFFF_FFFFL) >= segmentBytes || (i > 0 && entries[i] < entries[i - 1])) {
        return null;
      }
    }
    int[] blocks = new int[m];
    for (int i = 0; i < m; i++) {
      blocks[i] = b.getInt();
    }
    return new ActorIndex(entries, blocks);
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof ActorIndex x
        && Arrays.equals(entries, x.entries)
        && Arrays.equals(blocks, x.blocks);
  }

  @Override
  public int hashCode() {
    return 31 * Arrays.hashCode(entries) + Arrays.hashCode(blocks);
  }

  /** Entries gathered as records are written. */
  static final class Entries {
    private long[] entries = new long[1024];
    private int size;

    /**
     * Adds the record starting at {@code offset} whose actor is {@code b[actorOff..+actorLen)}; a
     * blank (erased) actor is not indexed.
     */
    void add(int actorOff, int actorLen, byte[] b, long offset) {
      if (actorLen == 0) {
        return;
      }
      if (size == entries.length) {
        entries = Arrays.copyOf(entries, size * 2);
      }
      entries[size++] = entry(hash(b, actorOff, actorLen), offset);
    }

    long[] toArray() {
      return Arrays.copyOf(entries, size);
    }

    void clear() {
      size = 0;
    }
  }

  /** The CRC-32 of each {@value #BLOCK} bytes of a segment, computed as its bytes go by. */
  static final class Blocks {
    private final CRC32 crc = new CRC32();
    private int inBlock;
    private int[] done = new int[64];
    private int count;

    void update(byte[] b, int off, int len) {
      while (len > 0) {
        int n = Math.min(len, BLOCK - inBlock);
        crc.update(b, off, n);
        inBlock += n;
        off += n;
        len -= n;
        if (inBlock == BLOCK) {
          close();
        }
      }
    }

    private void close() {
      if (count == done.length) {
        done = Arrays.copyOf(done, count * 2);
      }
      done[count++] = (int) crc.getValue();
      crc.reset();
      inBlock = 0;
    }

    /** The checksums, the last (partial) block included. */
    int[] finish() {
      if (inBlock > 0) {
        close();
      }
      return Arrays.copyOf(done, count);
    }
  }
}

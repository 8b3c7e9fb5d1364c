package org.scopeplus.io.scope3plus;

import java.util.Arrays;

/**
 * A growable little-endian byte buffer for one segment of counted events. Record layout: id, claim,
 * actor, evidence (each a length byte and bytes), methodology u16, programme u16, region u16, epoch
 * day i32, grams i64, points i64 (millionths of a point; whole points in a segment of format 1, see
 * {@link SegmentRecord}).
 */
final class SegmentBuffer {
  byte[] bytes = new byte[1 << 16];
  int size;
  int records;

  void clear() {
    size = 0;
    records = 0;
  }

  void ensure(int more) {
    if (size + more > bytes.length) {
      bytes = Arrays.copyOf(bytes, Math.max(bytes.length * 2, size + more));
    }
  }

  void field(byte[] b, int off, int len) {
    int n = Math.max(len, 0);
    ensure(n + 1);
    bytes[size++] = (byte) n;
    if (n > 0) {
      System.arraycopy(b, off, bytes, size, n);
      size += n;
    }
  }

  /** Appends {@code b[from..to)} as it is. */
  void copy(byte[] b, int from, int to) {
    ensure(to - from);
    System.arraycopy(b, from, bytes, size, to - from);
    size += to - from;
  }

  void u16(int v) {
    ensure(2);
    bytes[size++] = (byte) v;
    bytes[size++] = (byte) (v >>> 8);
  }

  void i32(int v) {
    ensure(4);
    for (int i = 0; i < 4; i++) {
      bytes[size++] = (byte) (v >>> (8 * i));
    }
  }

  void i64(long v) {
    ensure(8);
    for (int i = 0; i < 8; i++) {
      bytes[size++] = (byte) (v >>> (8 * i));
    }
  }

  static int u16(byte[] b, int p) {
    return (b[p] & 0xFF) | (b[p + 1] & 0xFF) << 8;
  }

  static int i32(byte[] b, int p) {
    return (b[p] & 0xFF) | (b[p + 1] & 0xFF) << 8 | (b[p + 2] & 0xFF) << 16 | b[p + 3] << 24;
  }

  static long i64(byte[] b, int p) {
    long v = 0;
    for (int i = 7; i >= 0; i--) {
      v = (v << 8) | (b[p + i] & 0xFF);
    }
    return v;
  }
}

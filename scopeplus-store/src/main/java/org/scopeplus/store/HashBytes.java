package org.scopeplus.store;

import java.security.MessageDigest;
import java.util.HexFormat;

/**
 * Bytes written into a SHA-256 through one reusable buffer, without a string or an array per value:
 * text as UTF-8 ({@link Utf8}, the bytes of {@code String.getBytes(UTF_8)}), whole numbers as
 * decimal ASCII (the bytes of {@code Long.toString}) or as eight big-endian bytes, and a text's
 * UTF-8 length before it when fields must not run into each other. A run writes its result hash and
 * the digest of its stored rows this way for every trace line.
 */
public final class HashBytes {

  private static final int FLUSH_AT = 8192;

  private final MessageDigest md = Sha256.digest();
  private byte[] buffer = new byte[FLUSH_AT + 64];
  private int at;

  /** Adds the UTF-8 bytes of {@code text}. */
  public HashBytes text(String text) {
    room(Utf8.maxBytes(text.length()));
    at = Utf8.encode(text, buffer, at);
    return this;
  }

  /** Adds the UTF-8 length of {@code text} as four big-endian bytes, then its bytes. */
  public HashBytes sized(String text) {
    room(4 + Utf8.maxBytes(text.length()));
    int start = at + 4;
    int end = Utf8.encode(text, buffer, start);
    int length = end - start;
    buffer[at] = (byte) (length >>> 24);
    buffer[at + 1] = (byte) (length >>> 16);
    buffer[at + 2] = (byte) (length >>> 8);
    buffer[at + 3] = (byte) length;
    at = end;
    return this;
  }

  /** Adds one ASCII character or byte. */
  public HashBytes ascii(char ch) {
    room(1);
    buffer[at++] = (byte) ch;
    return this;
  }

  /** Adds {@code v} in decimal ASCII, as {@code Long.toString} writes it. */
  public HashBytes decimal(long v) {
    room(20);
    if (v == Long.MIN_VALUE) {
      for (char ch : Long.toString(v).toCharArray()) {
        buffer[at++] = (byte) ch;
      }
      return this;
    }
    if (v < 0) {
      buffer[at++] = '-';
      v = -v;
    }
    int digits = 1;
    for (long rest = v / 10; rest > 0; rest /= 10) {
      digits++;
    }
    int end = at + digits;
    for (int i = end - 1; i >= at; i--) {
      buffer[i] = (byte) ('0' + v % 10);
      v /= 10;
    }
    at = end;
    return this;
  }

  /** Adds {@code v} as eight big-endian bytes. */
  public HashBytes int64(long v) {
    room(8);
    for (int shift = 56; shift >= 0; shift -= 8) {
      buffer[at++] = (byte) (v >>> shift);
    }
    return this;
  }

  /** Adds {@code v} as four big-endian bytes. */
  public HashBytes int32(int v) {
    room(4);
    buffer[at++] = (byte) (v >>> 24);
    buffer[at++] = (byte) (v >>> 16);
    buffer[at++] = (byte) (v >>> 8);
    buffer[at++] = (byte) v;
    return this;
  }

  /** Adds {@code length} bytes of {@code b} from {@code offset}. */
  public HashBytes bytes(byte[] b, int offset, int length) {
    if (length > FLUSH_AT) {
      flush();
      md.update(b, offset, length);
      return this;
    }
    room(length);
    System.arraycopy(b, offset, buffer, at, length);
    at += length;
    return this;
  }

  /**
   * Adds {@code length} as four big-endian bytes, then {@code length} bytes of {@code b} from
   * {@code offset}: {@link #sized(String)} of a text whose UTF-8 bytes these are.
   */
  public HashBytes sized(byte[] b, int offset, int length) {
    return int32(length).bytes(b, offset, length);
  }

  /** Adds raw bytes. */
  public HashBytes bytes(byte[] b) {
    flush();
    md.update(b);
    return this;
  }

  /** The SHA-256 of the bytes added so far; the digest cannot be used afterwards. */
  public byte[] digest() {
    flush();
    return md.digest();
  }

  /** The hex SHA-256 of the bytes added so far; the digest cannot be used afterwards. */
  public String hex() {
    return HexFormat.of().formatHex(digest());
  }

  private void room(int bytes) {
    if (at + bytes > buffer.length) {
      flush();
      if (bytes > buffer.length) {
        buffer = new byte[bytes];
      }
    } else if (at >= FLUSH_AT) {
      flush();
    }
  }

  private void flush() {
    if (at > 0) {
      md.update(buffer, 0, at);
      at = 0;
    }
  }
}

package org.scopeplus.core.scope3plus.internal;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteOrder;

/**
 * The keys a counted Scope 3+ event holds so that one real-world action counts once, as 16 bytes
 * each, written without allocation: the <em>action key</em> of (action class, actor, UTC minute)
 * and the <em>claim key</em> of a claim's bytes. 128 bits from two independent 64-bit lanes, in two
 * domains that cannot meet (an action key never equals a claim key but by a 128-bit collision): by
 * the birthday bound, ten billion keys collide with a probability below 10^-18. Not a cryptographic
 * hash: it guards against accidents, not against someone crafting collisions.
 *
 * <p>The stored form of an event's keys (in a segment's claim field) is {@link #BLOCK_MARK}
 * followed by the action key and, when the event names a claim, its claim key: 17 or 33 bytes.
 */
public final class ActionKeys {

  /** Bytes of one key. */
  public static final int BYTES = 16;

  /** First byte of a stored key block (a claim of a former state is text and never starts so). */
  public static final byte BLOCK_MARK = 0;

  private static final VarHandle LONGS =
      MethodHandles.byteArrayViewVarHandle(long[].class, ByteOrder.LITTLE_ENDIAN);

  private static final long P1 = 0x9E3779B97F4A7C15L;
  private static final long P2 = 0xC2B2AE3D27D4EB4FL;
  private static final long P3 = 0x165667B19E3779F9L;
  private static final long P4 = 0xD6E8FEB86659FD93L;

  private ActionKeys() {}

  /** True when {@code b[off..off+len)} is a stored key block rather than a claim's text. */
  public static boolean isBlock(byte[] b, int off, int len) {
    return (len == 1 + BYTES || len == 1 + 2 * BYTES) && b[off] == BLOCK_MARK;
  }

  /**
   * Writes the action key of (class, minute, actor bytes) to {@code out[at..at+16)} and returns its
   * {@link ByteKeyIndex#hash}.
   *
   * @param classSeed {@link #classSeed} of the action class
   * @param minute the UTC minute since the epoch
   */
  public static long action(
      long classSeed, long minute, byte[] b, int off, int len, byte[] out, int at) {
    long seed = classSeed;
    return write(seed ^ minute * P4, seed + minute * P3, b, off, len, out, at);
  }

  /**
   * A number standing for an action class name in the keys: its UTF-16 chars hashed, so a key
   * depends on the class's name, not on its place in one catalog.
   */
  public static long classSeed(String actionClass) {
    long h = P4;
    for (int i = 0; i < actionClass.length(); i++) {
      h = Long.rotateLeft((h ^ actionClass.charAt(i)) * P1, 27);
    }
    return fmix(h ^ 0x5A5A5A5A5A5A5A5AL);
  }

  /**
   * Writes the claim key of a claim's bytes to {@code out[at..at+16)} and returns its {@link
   * ByteKeyIndex#hash}.
   */
  public static long claim(byte[] b, int off, int len, byte[] out, int at) {
    return write(0x3C6EF372FE94F82BL, 0xA54FF53A5F1D36F1L, b, off, len, out, at);
  }

  private static long write(long s1, long s2, byte[] b, int off, int len, byte[] out, int at) {
    long h1 = s1 ^ len;
    long h2 = s2 ^ ((long) len << 32);
    int i = 0;
    for (; i + 8 <= len; i += 8) {
      long w = (long) LONGS.get(b, off + i);
      h1 = Long.rotateLeft((h1 ^ w) * P2, 31) * P1;
      h2 = Long.rotateLeft((h2 ^ Long.reverseBytes(w)) * P4, 29) * P3;
    }
    long tail = 0;
    if (i < len && off + i + 8 <= b.length) {
      // the last 1-7 bytes in one word read, masked: the same value as byte by byte below
      tail = (long) LONGS.get(b, off + i) & (-1L >>> (64 - 8 * (len - i)));
    } else {
      for (int s = 0; i < len; i++, s += 8) {
        tail |= (b[off + i] & 0xFFL) << s;
      }
    }
    h1 = fmix((h1 ^ tail) * P3);
    h2 = fmix((h2 ^ Long.reverseBytes(tail)) * P2 + h1);
    h1 += h2;
    LONGS.set(out, at, h1);
    LONGS.set(out, at + 8, h2);
    return ByteKeyIndex.hash16(h1, h2);
  }

  private static long fmix(long h) {
    h ^= h >>> 33;
    h *= 0xFF51AFD7ED558CCDL;
    h ^= h >>> 33;
    h *= 0xC4CEB9FE1A85EC53L;
    h ^= h >>> 33;
    return h;
  }
}

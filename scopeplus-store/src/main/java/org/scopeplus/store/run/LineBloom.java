package org.scopeplus.store.run;

import java.nio.charset.StandardCharsets;
import java.util.Collection;

/**
 * A Bloom filter of strings, as stored in {@code run_line_block}: it never denies a string that was
 * put in, and wrongly admits about one string in a hundred of those that were not ({@link
 * #BITS_PER_VALUE} bits a value, {@link #HASHES} bit positions a value: a false-positive rate of
 * {@code (1 - e^(-7/9.59))^7}, 1.0%).
 *
 * <p>The stored form is a format byte ({@link #FORMAT}) followed by the bit array, bit {@code i} in
 * byte {@code 1 + i / 8} at bit {@code i % 8}. A value's positions come from a fixed 64-bit hash of
 * its UTF-8 bytes (FNV-1a, finished by MurmurHash3's 64-bit mix), by double hashing: {@code h1 + j
 * * h2} modulo the number of bits, for {@code j} from 0 to 6. Nothing in it depends on the JVM, its
 * version or its defaults, so a filter stored by one release is read alike by the next. A filter of
 * a format this class does not know admits every value: the reader then reads the block.
 *
 * <p>The number of bits is the filter's length, so a reader needs nothing else to test it. Record
 * filters are written at one size, {@link #FIXED_BITS} ({@link #fixed()}, {@link #put}), whatever
 * their number of values: a value's positions in such a filter are then known before any filter is
 * read ({@link #fixedPositions}), and PostgreSQL can test them itself ({@code get_bit}) and hand
 * back only the filters that hold them. Filters of other sizes, the record filters stored before
 * and the pair filters, are of the same format and are read as they always were.
 */
final class LineBloom {

  /** The stored form's first byte: this hash, this number of positions, this layout. */
  static final byte FORMAT = 1;

  /** Bits a value: {@code -ln(0.01) / ln(2)^2} = 9.585, for a 1% false-positive rate. */
  static final double BITS_PER_VALUE = 9.5851;

  /** Bit positions a value: {@code 9.585 * ln 2} rounded, the fewest false positives at 1%. */
  static final int HASHES = 7;

  /**
   * The bits of a record filter: 2^15 = 32,768, 4 KB. A block of 4,096 lines ({@link
   * RunLineBlocks#LINES}) has at most 4,096 records, a false-positive rate of {@code (1 - e^(-7 *
   * 4096 / 32768))^7} = (1 - e^-0.875)^7 = 0.5831^7 = 2.3%; the 2,576 records of a block of a run
   * of 1,590,851 lines for 1,000,000 records, (1 - e^(-7 * 2576 / 32768))^7 = 0.4232^7 = 0.24%. A
   * power of two, so a position is the low 15 bits of {@code h1 + j * h2}.
   */
  static final int FIXED_BITS = 1 << 15;

  private static final long FNV_OFFSET = 0xcbf29ce484222325L;
  private static final long FNV_PRIME = 0x100000001b3L;

  private LineBloom() {}

  /** The stored filter of {@code values} (distinct values; a repeated one only wastes bits). */
  static byte[] of(Collection<String> values) {
    long bits = Math.max(64, (long) Math.ceil(values.size() * BITS_PER_VALUE));
    byte[] filter = new byte[1 + (int) ((bits + 7) / 8)];
    filter[0] = FORMAT;
    for (String v : values) {
      put(filter, v);
    }
    return filter;
  }

  /** An empty filter of {@link #FIXED_BITS} bits, to {@link #put} values into. */
  static byte[] fixed() {
    byte[] filter = new byte[1 + FIXED_BITS / 8];
    filter[0] = FORMAT;
    return filter;
  }

  /** Puts {@code value} into {@code filter} (of this format; putting it again changes nothing). */
  static void put(byte[] filter, String value) {
    long m = (filter.length - 1) * 8L;
    long h1 = hash(value);
    long h2 = step(h1);
    for (int j = 0; j < HASHES; j++) {
      long bit = Long.remainderUnsigned(h1 + j * h2, m);
      filter[1 + (int) (bit >>> 3)] |= (byte) (1 << (bit & 7));
    }
  }

  /**
   * The {@link #HASHES} bits {@code value} sets in a filter of {@link #FIXED_BITS} bits, numbered
   * as PostgreSQL's {@code get_bit} numbers the stored bytes' bits (the format byte's are 0 to 7):
   * bit {@code i} of the array is {@code 8 + i}.
   */
  static int[] fixedPositions(String value) {
    long h1 = hash(value);
    long h2 = step(h1);
    int[] out = new int[HASHES];
    for (int j = 0; j < HASHES; j++) {
      out[j] = 8 + (int) Long.remainderUnsigned(h1 + j * h2, FIXED_BITS);
    }
    return out;
  }

  /** Whether {@code value} may have been put into the stored {@code filter}. */
  static boolean mightContain(byte[] filter, String value) {
    if (filter == null || filter.length < 2 || filter[0] != FORMAT) {
      return true;
    }
    long m = (filter.length - 1) * 8L;
    long h1 = hash(value);
    long h2 = step(h1);
    for (int j = 0; j < HASHES; j++) {
      long bit = Long.remainderUnsigned(h1 + j * h2, m);
      if ((filter[1 + (int) (bit >>> 3)] & (1 << (bit & 7))) == 0) {
        return false;
      }
    }
    return true;
  }

  /**
   * The value an org unit and an activity type are filtered as together: the two joined by a NUL
   * character, which neither holds (PostgreSQL text cannot).
   */
  static String pair(String orgUnit, String activityType) {
    return orgUnit + '\0' + activityType;
  }

  /** The 64-bit hash of the value's UTF-8 bytes. */
  static long hash(String value) {
    return mix(fnv1a(value));
  }

  /** The second hash of double hashing, odd so it steps through every bit position. */
  private static long step(long hash) {
    return mix(hash + 0x9e3779b97f4a7c15L) | 1;
  }

  /** FNV-1a, 64 bits, of the value's UTF-8 bytes. */
  static long fnv1a(String value) {
    long h = FNV_OFFSET;
    for (byte b : value.getBytes(StandardCharsets.UTF_8)) {
      h ^= b & 0xff;
      h *= FNV_PRIME;
    }
    return h;
  }

  /** MurmurHash3's 64-bit finishing mix. */
  private static long mix(long h) {
    h ^= h >>> 33;
    h *= 0xff51afd7ed558ccdL;
    h ^= h >>> 33;
    h *= 0xc4ceb93fe5d3e253L;
    h ^= h >>> 33;
    return h;
  }
}

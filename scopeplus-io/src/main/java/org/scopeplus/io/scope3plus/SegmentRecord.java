package org.scopeplus.io.scope3plus;

/**
 * A cursor over the records of one segment: {@link #next()} moves to the next record and exposes
 * its fields as offsets into the segment bytes.
 */
final class SegmentRecord {
  private final byte[] b;
  private final int limit;
  private int pos;
  int idOff;
  int idLen;
  int claimOff;
  int claimLen;
  int actorOff;
  int actorLen;
  int actorLenAt;
  int methodology;
  int programme;
  int region;
  int day;
  long grams;
  long points;

  SegmentRecord(byte[] b) {
    this(b, b.length);
  }

  /** A cursor over the records in {@code b[0..limit)}. */
  SegmentRecord(byte[] b, int limit) {
    this.b = b;
    this.limit = limit;
  }

  /** Reads the record that starts at {@code offset}; false when none starts there. */
  boolean at(int offset) {
    pos = offset;
    return next();
  }

  boolean next() {
    if (pos >= limit) {
      return false;
    }
    idLen = b[pos] & 0xFF;
    idOff = pos + 1;
    pos = idOff + idLen;
    claimLen = b[pos] & 0xFF;
    claimOff = pos + 1;
    pos = claimOff + claimLen;
    actorLenAt = pos;
    actorLen = b[pos] & 0xFF;
    actorOff = pos + 1;
    pos = actorOff + actorLen;
    pos += 1 + (b[pos] & 0xFF); // evidence: kept in the segment, read by no one here
    methodology = SegmentBuffer.u16(b, pos);
    programme = SegmentBuffer.u16(b, pos + 2);
    region = SegmentBuffer.u16(b, pos + 4);
    day = SegmentBuffer.i32(b, pos + 6);
    grams = SegmentBuffer.i64(b, pos + 10);
    points = SegmentBuffer.i64(b, pos + 18);
    pos += 26;
    return true;
  }

  /** Offset just past the current record. */
  int end() {
    return pos;
  }
}

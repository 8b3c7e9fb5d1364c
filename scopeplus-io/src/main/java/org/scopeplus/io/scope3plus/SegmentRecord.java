package org.scopeplus.io.scope3plus;

import org.scopeplus.core.scope3plus.Points;

/**
 * A cursor over the records of one segment: {@link #next()} moves to the next record and exposes
 * its fields as offsets into the segment bytes. {@link #points} is always in millionths of a point
 * ({@link Points}): a segment of format 1 (written before points were kept exactly) holds whole
 * points, read as those points exactly.
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

  /** Segment format whose records hold points in millionths of a point. */
  static final int FORMAT = 2;

  /** Segment format whose records hold whole points (a segment listed without a format). */
  static final int WHOLE_POINTS = 1;

  private final boolean wholePoints;

  SegmentRecord(byte[] b) {
    this(b, b.length, FORMAT);
  }

  /** A cursor over the records of a segment of format {@code format}. */
  SegmentRecord(byte[] b, int format) {
    this(b, b.length, format);
  }

  /** A cursor over the records in {@code b[0..limit)}. */
  SegmentRecord(byte[] b, int limit, int format) {
    this.b = b;
    this.limit = limit;
    this.wholePoints = format == WHOLE_POINTS;
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
    if (wholePoints) {
      points = Points.ofWholePoints(points);
    }
    pos += 26;
    return true;
  }

  /** Offset just past the current record. */
  int end() {
    return pos;
  }
}

package org.scopeplus.io.scope3plus;

import java.io.IOException;
import java.io.InputStream;
import java.util.Arrays;

/**
 * Streams NDJSON events (one JSON object per line, UTF-8) from an input stream into a sink, through
 * {@link NdjsonEventParser}. Empty lines are skipped. The position after each event is the byte
 * offset just past its newline, so a reader can resume there.
 */
public final class NdjsonEventReader {

  private final NdjsonEventParser parser = new NdjsonEventParser();
  private byte[] buffer = new byte[1 << 20];

  /**
   * Reads from {@code in}, which is already positioned at byte {@code startOffset} of the file and
   * at line {@code startLine} (1-based), to the end, handing events over in batches of up to {@link
   * org.scopeplus.core.scope3plus.Ledger#BATCH}, for {@link
   * org.scopeplus.core.scope3plus.Ledger#offerAll}.
   */
  public void read(InputStream in, long startOffset, long startLine, EventBatch.Sink sink)
      throws IOException {
    EventBatch batch = new EventBatch();
    byte[] b = buffer;
    int fill = 0;
    long base = startOffset;
    long line = startLine;
    boolean eof = false;
    while (!eof || fill > 0) {
      if (!eof) {
        int n = in.read(b, fill, b.length - fill);
        if (n < 0) {
          eof = true;
        } else {
          fill += n;
        }
      }
      int start = 0;
      while (true) {
        int nl = indexOf(b, start, fill);
        int stop;
        if (nl < 0) {
          if (!eof) {
            break;
          }
          if (start >= fill) {
            break;
          }
          stop = fill;
        } else {
          stop = nl;
        }
        int next = nl < 0 ? fill : nl + 1;
        handle(b, start, stop, line, base + next, batch, sink);
        line++;
        start = next;
        if (nl < 0) {
          break;
        }
      }
      flush(batch, sink);
      if (eof) {
        fill = 0;
        break;
      }
      if (start == 0 && fill == b.length) {
        buffer = b = Arrays.copyOf(b, b.length * 2);
        continue;
      }
      System.arraycopy(b, start, b, 0, fill - start);
      fill -= start;
      base += start;
    }
  }

  private static void flush(EventBatch batch, EventBatch.Sink sink) {
    if (batch.size > 0) {
      sink.batch(batch);
      batch.size = 0;
    }
  }

  private void handle(
      byte[] b,
      int from,
      int to,
      long line,
      long position,
      EventBatch batch,
      EventBatch.Sink sink) {
    int end = to;
    while (end > from && (b[end - 1] == '\r' || b[end - 1] == ' ' || b[end - 1] == '\t')) {
      end--;
    }
    int s = from;
    if (line == 1
        && end - s >= 3
        && b[s] == (byte) 0xEF
        && b[s + 1] == (byte) 0xBB
        && b[s + 2] == (byte) 0xBF) {
      s += 3;
    }
    while (s < end && (b[s] == ' ' || b[s] == '\t')) {
      s++;
    }
    if (s == end) {
      return;
    }
    int k = batch.size++;
    batch.malformed[k] = !parser.parse(b, s, end, batch.events[k]);
    batch.lines[k] = line;
    batch.positions[k] = position;
    if (batch.size == batch.events.length) {
      flush(batch, sink);
    }
  }

  private static final java.lang.invoke.VarHandle LONGS =
      java.lang.invoke.MethodHandles.byteArrayViewVarHandle(
          long[].class, java.nio.ByteOrder.LITTLE_ENDIAN);

  /** The first newline in {@code [from, to)}, eight bytes at a time, or -1. */
  private static int indexOf(byte[] b, int from, int to) {
    int i = from;
    for (; i + 8 <= to; i += 8) {
      long v = (long) LONGS.get(b, i) ^ 0x0A0A0A0A0A0A0A0AL;
      long found = (v - 0x0101010101010101L) & ~v & 0x8080808080808080L;
      if (found != 0) {
        return i + (Long.numberOfTrailingZeros(found) >>> 3);
      }
    }
    for (; i < to; i++) {
      if (b[i] == '\n') {
        return i;
      }
    }
    return -1;
  }
}

package org.scopeplus.store.run;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.zip.DataFormatException;
import java.util.zip.Deflater;
import java.util.zip.Inflater;

/**
 * The trace lines of one block of a run, packed into the bytes of {@code run_line_block.lines}
 * (layout 2 of {@code calculation_run.line_layout}, V84): the columns {@code run_line} holds for a
 * line in layout 1, in line order. The bytes are:
 *
 * <pre>
 * format   1 byte: 1 = the body follows as is; 2 = the body follows deflated (zlib, java.util.zip)
 * body     count: varint, the number of lines (at least 1)
 *          then, for each line:
 *            flags      1 byte: bit i (i = 0..4) set when text i equals the previous line's text i
 *                       (never on the first line); bits 5 to 7 are 0
 *            line_no    zigzag varint of the line number minus the previous line's (0 before the
 *                       first line); after the first line always at least 1
 *            plan_no    zigzag varint
 *            gas_grams  zigzag varint
 *            co2e_grams zigzag varint
 *            texts      for each text i whose flag is clear, in order: varint length in bytes,
 *                       then its UTF-8 bytes
 * texts    0 record_id, 1 source, 2 org_unit, 3 activity_type, 4 formula
 * varint   unsigned LEB128: 7 bits a byte, the lowest first, the high bit set on every byte but
 *          the last; at most 10 bytes
 * zigzag   a signed number n as (n &lt;&lt; 1) ^ (n &gt;&gt; 63): 0, -1, 1, -2, ... as 0, 1, 2, 3, ...
 * </pre>
 *
 * A record's lines follow one another and share its record id, source, org unit and activity type,
 * so most lines carry their numbers and formula only. Bytes that do not decode to exactly this
 * layout, whole, are refused with a {@link TraceBlockUnreadable} naming the run and block: a block
 * changed behind the service's back is never read as lines.
 */
public final class PackedLines {

  /** The first byte: the body as is. */
  static final int PLAIN = 1;

  /** The first byte: the body deflated. */
  static final int DEFLATED = 2;

  /** Texts a line holds, in the order of their flags. */
  private static final int TEXTS = 5;

  /**
   * Whether blocks written from now on are deflated where the database does not compress them
   * itself (H2, a PostgreSQL server without lz4; with lz4, V85, PostgreSQL compresses them for less
   * CPU than deflating here); tests set it, and measurements through the system property {@code
   * scopeplus.lineDeflate} ("0": never deflated).
   */
  static volatile boolean deflating = !"0".equals(System.getProperty("scopeplus.lineDeflate"));

  /**
   * Bytes a block's body may inflate to, beyond which it is refused as malformed: a block of 4,096
   * lines of the longest texts {@code run_line} allowed is under 40 MB.
   */
  static final int MAX_INFLATED = 1 << 28;

  /** Lines a block may hold, beyond which a count is refused as malformed. */
  static final int MAX_LINES = 1 << 20;

  private PackedLines() {}

  /** One line as a block holds it: the columns of {@code run_line} but the run. */
  public record Line(
      long lineNo,
      int planNo,
      String recordId,
      String source,
      String orgUnit,
      String activityType,
      long gasGrams,
      long co2eGrams,
      String formula) {

    /** This line with other grams: an edit of the line as stored. */
    public Line withGrams(long gasGrams, long co2eGrams) {
      return new Line(
          lineNo, planNo, recordId, source, orgUnit, activityType, gasGrams, co2eGrams, formula);
    }

    /** This line of another record: an edit of the line as stored. */
    public Line withRecordId(String recordId) {
      return new Line(
          lineNo, planNo, recordId, source, orgUnit, activityType, gasGrams, co2eGrams, formula);
    }

    /** The trace line, with the columns of its factor plan {@code plan}. */
    TraceLine with(TraceLine plan) {
      return new TraceLine(
          lineNo,
          recordId,
          source,
          orgUnit,
          activityType,
          plan.scope(),
          plan.category(),
          plan.method(),
          plan.gas(),
          plan.biogenic(),
          gasGrams,
          co2eGrams,
          plan.factorId(),
          plan.factorLibrary(),
          plan.citation(),
          plan.factorNote(),
          formula);
    }
  }

  /** Encodes {@code lines}, in line order, as one block ({@link #deflating} or not). */
  public static byte[] encode(List<Line> lines) {
    return encode(lines, deflating);
  }

  /** Encodes {@code lines}, in line order, as one block, deflated or not. */
  public static byte[] encode(List<Line> lines, boolean deflate) {
    Encoder e = new Encoder(deflate);
    for (Line l : lines) {
      e.add(
          l.lineNo(),
          l.planNo(),
          l.recordId(),
          l.source(),
          l.orgUnit(),
          l.activityType(),
          l.gasGrams(),
          l.co2eGrams(),
          l.formula());
    }
    return e.finish();
  }

  /**
   * Encodes the lines of blocks one after another: lines are {@linkplain #add added} in line order,
   * {@link #finish} gives the block's bytes and starts the next. Its buffers are reused.
   */
  static final class Encoder {

    private final boolean deflate;
    private final Deflater deflater;
    private byte[] buf = new byte[1 << 16];
    private int at;
    private int count;
    private long lastLineNo;
    private final String[] last = new String[TEXTS];
    private final String[] texts = new String[TEXTS];
    private byte[] out = new byte[1 << 16];

    Encoder(boolean deflate) {
      this.deflate = deflate;
      this.deflater = deflate ? new Deflater(1) : null;
    }

    /** The lines added since the last block. */
    int count() {
      return count;
    }

    /** Adds the next line of the block; texts must not be null. */
    void add(
        long lineNo,
        int planNo,
        String recordId,
        String source,
        String orgUnit,
        String activityType,
        long gasGrams,
        long co2eGrams,
        String formula) {
      texts[0] = recordId;
      texts[1] = source;
      texts[2] = orgUnit;
      texts[3] = activityType;
      texts[4] = formula;
      int flags = 0;
      for (int i = 0; i < TEXTS; i++) {
        if (texts[i] == null) {
          throw new IllegalArgumentException("trace line " + lineNo + " has a null text " + i);
        }
        if (count > 0 && texts[i].equals(last[i])) {
          flags |= 1 << i;
        }
      }
      if (count > 0 && lineNo <= lastLineNo) {
        throw new IllegalArgumentException(
            "trace line " + lineNo + " after line " + lastLineNo + " in a block");
      }
      room(1 + 4 * 10);
      buf[at++] = (byte) flags;
      varint(zigzag(lineNo - (count == 0 ? 0 : lastLineNo)));
      varint(zigzag(planNo));
      varint(zigzag(gasGrams));
      varint(zigzag(co2eGrams));
      for (int i = 0; i < TEXTS; i++) {
        if ((flags & (1 << i)) == 0) {
          text(texts[i]);
          last[i] = texts[i];
        }
      }
      lastLineNo = lineNo;
      count++;
    }

    /** The bytes of the block of the lines added, which the next line starts anew. */
    byte[] finish() {
      // the count goes first: the body is written after a count of up to 5 bytes
      byte[] head = new byte[6];
      int h = 0;
      head[h++] = (byte) (deflate ? DEFLATED : PLAIN);
      long v = count;
      while ((v & ~0x7FL) != 0) {
        head[h++] = (byte) ((v & 0x7F) | 0x80);
        v >>>= 7;
      }
      head[h++] = (byte) v;
      byte[] block;
      if (!deflate) {
        block = new byte[h + at];
        System.arraycopy(head, 0, block, 0, h);
        System.arraycopy(buf, 0, block, h, at);
      } else {
        deflater.reset();
        int n = 1;
        out[0] = head[0];
        // the count and the lines go into one deflated stream
        byte[] body = new byte[h - 1 + at];
        System.arraycopy(head, 1, body, 0, h - 1);
        System.arraycopy(buf, 0, body, h - 1, at);
        deflater.setInput(body);
        deflater.finish();
        while (!deflater.finished()) {
          if (n == out.length) {
            out = Arrays.copyOf(out, out.length * 2);
          }
          n += deflater.deflate(out, n, out.length - n);
        }
        block = Arrays.copyOf(out, n);
      }
      at = 0;
      count = 0;
      Arrays.fill(last, null);
      return block;
    }

    /** Releases the deflater. */
    void close() {
      if (deflater != null) {
        deflater.end();
      }
    }

    private void room(int n) {
      if (at + n > buf.length) {
        buf = Arrays.copyOf(buf, Math.max(buf.length * 2, at + n));
      }
    }

    private void varint(long v) {
      while ((v & ~0x7FL) != 0) {
        buf[at++] = (byte) ((v & 0x7F) | 0x80);
        v >>>= 7;
      }
      buf[at++] = (byte) v;
    }

    private void text(String s) {
      int n = s.length();
      room(5 + n);
      int start = at;
      varint(n);
      int from = at;
      for (int i = 0; i < n; i++) {
        char ch = s.charAt(i);
        if (ch >= 0x80) {
          // not ASCII: its UTF-8 bytes, of another length
          at = start;
          byte[] utf8 = s.getBytes(StandardCharsets.UTF_8);
          room(5 + utf8.length);
          varint(utf8.length);
          System.arraycopy(utf8, 0, buf, at, utf8.length);
          at += utf8.length;
          return;
        }
        buf[from + i] = (byte) ch;
      }
      at = from + n;
    }
  }

  static long zigzag(long n) {
    return (n << 1) ^ (n >> 63);
  }

  static long unzigzag(long z) {
    return (z >>> 1) ^ -(z & 1);
  }

  /**
   * The lines of block {@code blockNo} of run {@code runId}, in line order; bytes that are not
   * exactly a block are refused, naming the run and block.
   */
  public static List<Line> decode(String runId, int blockNo, byte[] block) throws SQLException {
    try {
      if (block == null || block.length == 0) {
        throw new IllegalArgumentException("no bytes");
      }
      byte[] body;
      int from;
      if (block[0] == PLAIN) {
        body = block;
        from = 1;
      } else if (block[0] == DEFLATED) {
        body = inflate(block);
        from = 0;
      } else {
        throw new IllegalArgumentException("unknown format " + (block[0] & 0xFF));
      }
      return new Reader(body, from).lines();
    } catch (IllegalArgumentException | IndexOutOfBoundsException e) {
      throw new TraceBlockUnreadable(
          runId,
          blockNo,
          "the trace lines of block "
              + blockNo
              + " of run "
              + runId
              + " cannot be decoded: "
              + e.getMessage(),
          e);
    }
  }

  private static byte[] inflate(byte[] block) {
    Inflater inflater = new Inflater();
    try {
      inflater.setInput(block, 1, block.length - 1);
      byte[] out = new byte[Math.max(64, block.length * 4)];
      int n = 0;
      while (!inflater.finished()) {
        if (n == out.length) {
          if (out.length >= MAX_INFLATED) {
            throw new IllegalArgumentException("inflates beyond " + MAX_INFLATED + " bytes");
          }
          out = Arrays.copyOf(out, out.length * 2);
        }
        int got = inflater.inflate(out, n, out.length - n);
        if (got == 0 && (inflater.needsInput() || inflater.needsDictionary())) {
          throw new IllegalArgumentException("the deflated bytes end early");
        }
        n += got;
      }
      if (inflater.getRemaining() != 0) {
        throw new IllegalArgumentException("bytes after the deflated lines");
      }
      return Arrays.copyOf(out, n);
    } catch (DataFormatException e) {
      throw new IllegalArgumentException("not deflated bytes (" + e.getMessage() + ")");
    } finally {
      inflater.end();
    }
  }

  /** Reads a body, refusing anything that is not exactly one. */
  private static final class Reader {
    private final byte[] b;
    private int at;

    Reader(byte[] b, int at) {
      this.b = b;
      this.at = at;
    }

    List<Line> lines() {
      long count = varint();
      if (count < 1 || count > MAX_LINES) {
        throw new IllegalArgumentException("a count of " + count + " lines");
      }
      List<Line> out = new ArrayList<>((int) count);
      String[] texts = new String[TEXTS];
      long lineNo = 0;
      for (int n = 0; n < count; n++) {
        int flags = b[at++] & 0xFF;
        if ((flags & ~0x1F) != 0 || (n == 0 && flags != 0)) {
          throw new IllegalArgumentException("flags " + flags + " of line " + (n + 1));
        }
        long delta = unzigzag(varint());
        if (n > 0 && delta < 1) {
          throw new IllegalArgumentException("line " + (n + 1) + " not after the one before");
        }
        lineNo = n == 0 ? delta : Math.addExact(lineNo, delta);
        long plan = unzigzag(varint());
        if (plan < Integer.MIN_VALUE || plan > Integer.MAX_VALUE) {
          throw new IllegalArgumentException("plan number " + plan + " of line " + lineNo);
        }
        long gas = unzigzag(varint());
        long co2e = unzigzag(varint());
        for (int i = 0; i < TEXTS; i++) {
          if ((flags & (1 << i)) == 0) {
            texts[i] = text();
          }
        }
        out.add(
            new Line(
                lineNo, (int) plan, texts[0], texts[1], texts[2], texts[3], gas, co2e, texts[4]));
      }
      if (at != b.length) {
        throw new IllegalArgumentException((b.length - at) + " bytes after the last line");
      }
      return out;
    }

    private long varint() {
      long v = 0;
      for (int shift = 0; shift < 70; shift += 7) {
        int x = b[at++] & 0xFF;
        if (shift == 63 && (x & 0xFE) != 0) {
          throw new IllegalArgumentException("a number beyond 64 bits at byte " + (at - 1));
        }
        v |= (long) (x & 0x7F) << shift;
        if ((x & 0x80) == 0) {
          return v;
        }
      }
      throw new IllegalArgumentException("a number beyond 64 bits at byte " + at);
    }

    private String text() {
      long n = varint();
      if (n < 0 || n > b.length - at) {
        throw new IllegalArgumentException("a text of " + n + " bytes at byte " + at);
      }
      int len = (int) n;
      boolean ascii = true;
      for (int i = at; i < at + len; i++) {
        if (b[i] < 0) {
          ascii = false;
          break;
        }
      }
      String s;
      if (ascii) {
        s = new String(b, at, len, StandardCharsets.ISO_8859_1);
      } else {
        try {
          s =
              StandardCharsets.UTF_8
                  .newDecoder()
                  .onMalformedInput(CodingErrorAction.REPORT)
                  .onUnmappableCharacter(CodingErrorAction.REPORT)
                  .decode(ByteBuffer.wrap(b, at, len))
                  .toString();
        } catch (CharacterCodingException e) {
          throw new IllegalArgumentException("a text at byte " + at + " is not UTF-8");
        }
      }
      at += len;
      return s;
    }
  }
}

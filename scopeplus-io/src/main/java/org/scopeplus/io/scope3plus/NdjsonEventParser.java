package org.scopeplus.io.scope3plus;

import java.nio.charset.StandardCharsets;
import org.scopeplus.core.quantity.UnitSymbols;
import org.scopeplus.core.scope3plus.RawEvent;

/**
 * A byte-level parser for one NDJSON event line of the fixed event schema: {@code event_id,
 * programme, actor, action, quantities [{value, unit}], time, region, evidence, claim}. Unknown
 * keys are skipped; string escapes are decoded in place. Allocates nothing per event: the resulting
 * {@link RawEvent} point into the line's own buffer.
 */
public final class NdjsonEventParser {

  private static final double[] POWERS = new double[23];
  private static final java.lang.invoke.VarHandle LONGS =
      java.lang.invoke.MethodHandles.byteArrayViewVarHandle(
          long[].class, java.nio.ByteOrder.LITTLE_ENDIAN);

  static {
    double p = 1;
    for (int i = 0; i < POWERS.length; i++) {
      POWERS[i] = p;
      p *= 10;
    }
  }

  private byte[] b;
  private int pos;
  private int end;
  private int strOff;
  private int strLen;

  /** A parser; one per thread. */
  public NdjsonEventParser() {}

  /**
   * Parses bytes {@code [from, to)} (one line, without its newline) into {@code e}. Returns false
   * when the line is not a JSON object of the expected shape; true otherwise (missing or invalid
   * fields are left for the ledger to refuse, with their reason).
   */
  public boolean parse(byte[] buffer, int from, int to, RawEvent e) {
    b = buffer;
    pos = from;
    end = to;
    e.clear(buffer);
    skipWs();
    if (pos >= end || b[pos] != '{') {
      return false;
    }
    pos++;
    skipWs();
    if (pos < end && b[pos] == '}') {
      pos++;
      return trailingOk();
    }
    int expected = K_EVENT_ID;
    while (true) {
      skipWs();
      int key;
      if (expected < KEY_LENGTH.length && keyAhead(expected)) {
        // fast path: the next key of the schema order, written plainly as "key":
        key = expected;
        pos += KEY_LENGTH[expected];
      } else {
        if (!string()) {
          return false;
        }
        key = strLen == 0 ? K_OTHER : keyCode(strOff, strLen);
        skipWs();
        if (pos >= end || b[pos] != ':') {
          return false;
        }
        pos++;
      }
      expected = key + 1;
      skipWs();
      if (!value(key, e)) {
        return false;
      }
      skipWs();
      if (pos >= end) {
        return false;
      }
      byte c = b[pos++];
      if (c == '}') {
        return trailingOk();
      }
      if (c != ',') {
        return false;
      }
    }
  }

  private boolean trailingOk() {
    skipWs();
    return pos == end;
  }

  /**
   * Whether the bytes at pos are {@code "<key>":} for this key code, compared a word at a time (a
   * key written with escapes or spaces takes the general path, with the same result).
   */
  private boolean keyAhead(int key) {
    int len = KEY_LENGTH[key];
    if (pos + len > end || pos + 16 > b.length) {
      return false;
    }
    long a = (long) LONGS.get(b, pos);
    long c = (long) LONGS.get(b, pos + 8);
    return (a & KEY_MASK0[key]) == KEY_WORD0[key] && (c & KEY_MASK1[key]) == KEY_WORD1[key];
  }

  private boolean value(int key, RawEvent e) {
    if (pos >= end) {
      return false;
    }
    if (key == K_OTHER) {
      return skipValue();
    }
    if (key == K_QUANTITIES) {
      return quantities(e);
    }
    if (key == K_TIME) {
      if (b[pos] != '"') {
        return skipValue();
      }
      if (!string()) {
        return false;
      }
      e.epochSecond(IsoInstant.parse(b, strOff, strLen));
      return true;
    }
    if (key == K_OTHER || pos >= end || b[pos] != '"') {
      return skipValue();
    }
    if (!string()) {
      return false;
    }
    switch (key) {
      case K_EVENT_ID -> {
        e.id(strOff, strLen);
      }
      case K_PROGRAMME -> {
        e.programme(strOff, strLen);
      }
      case K_ACTOR -> {
        e.actor(strOff, strLen);
      }
      case K_ACTION -> {
        e.action(strOff, strLen);
      }
      case K_REGION -> {
        e.region(strOff, strLen);
      }
      case K_EVIDENCE -> {
        e.evidence(strOff, strLen);
      }
      case K_CLAIM -> {
        e.claim(strOff, strLen == 0 ? -1 : strLen);
      }
      default -> {}
    }
    return true;
  }

  private static final int K_OTHER = 0;
  private static final int K_EVENT_ID = 1;
  private static final int K_PROGRAMME = 2;
  private static final int K_ACTOR = 3;
  private static final int K_ACTION = 4;
  private static final int K_QUANTITIES = 5;
  private static final int K_TIME = 6;
  private static final int K_REGION = 7;
  private static final int K_EVIDENCE = 8;
  private static final int K_CLAIM = 9;

  /** {@code "<key>":} of each key code 1-9, as two little-endian words with masks. */
  private static final int[] KEY_LENGTH = new int[K_CLAIM + 1];

  private static final long[] KEY_WORD0 = new long[K_CLAIM + 1];
  private static final long[] KEY_WORD1 = new long[K_CLAIM + 1];
  private static final long[] KEY_MASK0 = new long[K_CLAIM + 1];
  private static final long[] KEY_MASK1 = new long[K_CLAIM + 1];

  static {
    String[] names = {
      "",
      "event_id",
      "programme",
      "actor",
      "action",
      "quantities",
      "time",
      "region",
      "evidence",
      "claim"
    };
    for (int k = 1; k <= K_CLAIM; k++) {
      byte[] p = ascii("\"" + names[k] + "\":");
      KEY_LENGTH[k] = p.length;
      for (int i = 0; i < p.length; i++) {
        long bits = (p[i] & 0xFFL) << (8 * (i & 7));
        long mask = 0xFFL << (8 * (i & 7));
        if (i < 8) {
          KEY_WORD0[k] |= bits;
          KEY_MASK0[k] |= mask;
        } else {
          KEY_WORD1[k] |= bits;
          KEY_MASK1[k] |= mask;
        }
      }
    }
  }

  private static final byte[] EVENT_ID = ascii("event_id");
  private static final byte[] PROGRAMME = ascii("programme");
  private static final byte[] ACTOR = ascii("actor");
  private static final byte[] ACTION = ascii("action");
  private static final byte[] QUANTITIES = ascii("quantities");
  private static final byte[] TIME = ascii("time");
  private static final byte[] REGION = ascii("region");
  private static final byte[] EVIDENCE = ascii("evidence");
  private static final byte[] CLAIM = ascii("claim");
  private static final byte[] VALUE = ascii("value");

  /** {@code "value":} and {@code ,"unit":} as little-endian words. */
  private static final long VALUE_KEY = word("\"value\":");

  private static final long UNIT_KEY = word(",\"unit\":");
  private static final byte[] UNIT = ascii("unit");

  private int keyCode(int off, int len) {
    switch (b[off]) {
      case 'e':
        if (is(off, len, EVENT_ID)) {
          return K_EVENT_ID;
        }
        return is(off, len, EVIDENCE) ? K_EVIDENCE : K_OTHER;
      case 'p':
        return is(off, len, PROGRAMME) ? K_PROGRAMME : K_OTHER;
      case 'a':
        if (is(off, len, ACTOR)) {
          return K_ACTOR;
        }
        return is(off, len, ACTION) ? K_ACTION : K_OTHER;
      case 'q':
        return is(off, len, QUANTITIES) ? K_QUANTITIES : K_OTHER;
      case 't':
        return is(off, len, TIME) ? K_TIME : K_OTHER;
      case 'r':
        return is(off, len, REGION) ? K_REGION : K_OTHER;
      case 'c':
        return is(off, len, CLAIM) ? K_CLAIM : K_OTHER;
      default:
        return K_OTHER;
    }
  }

  private boolean is(int off, int len, byte[] word) {
    if (len != word.length) {
      return false;
    }
    for (int i = 0; i < len; i++) {
      if (b[off + i] != word[i]) {
        return false;
      }
    }
    return true;
  }

  private boolean quantities(RawEvent e) {
    if (b[pos] != '[') {
      return skipValue();
    }
    pos++;
    skipWs();
    if (pos < end && b[pos] == ']') {
      pos++;
      return true;
    }
    while (true) {
      skipWs();
      if (pos >= end || b[pos] != '{') {
        return false;
      }
      pos++;
      double value = Double.NaN;
      int unit = -1;
      unknown = null;
      if (pos + 8 <= end
          && (long) LONGS.get(b, pos) == VALUE_KEY
          && pos + 8 < end
          && (b[pos + 8] == '-' || (b[pos + 8] >= '0' && b[pos + 8] <= '9'))) {
        // fast path for {"value":<number>,"unit":"<symbol>" written plainly: the same reads as the
        // general loop below, which takes over for whatever follows
        pos += 8;
        value = number();
        if (pos + 8 < end && (long) LONGS.get(b, pos) == UNIT_KEY && b[pos + 8] == '"') {
          pos += 8;
          if (!string()) {
            return false;
          }
          unit = unit(e);
        }
      }
      while (true) {
        skipWs();
        if (pos < end && b[pos] == '}') {
          pos++;
          break;
        }
        if (!string()) {
          return false;
        }
        int kOff = strOff;
        int kLen = strLen;
        skipWs();
        if (pos >= end || b[pos++] != ':') {
          return false;
        }
        skipWs();
        if (pos >= end) {
          return false;
        }
        if (is(kOff, kLen, VALUE) && b[pos] != '"' && b[pos] != '{' && b[pos] != '[') {
          value = number();
        } else if (is(kOff, kLen, UNIT) && b[pos] == '"') {
          if (!string()) {
            return false;
          }
          unit = unit(e);
        } else if (!skipValue()) {
          return false;
        }
        skipWs();
        if (pos < end && b[pos] == ',') {
          pos++;
        }
      }
      e.quantity(value, unit, unknown);
      skipWs();
      if (pos >= end) {
        return false;
      }
      byte c = b[pos++];
      if (c == ']') {
        return true;
      }
      if (c != ',') {
        return false;
      }
    }
  }

  /** An unrecognised unit symbol of the quantity being read, kept for the refusal; else null. */
  private String unknown;

  /** The unit of the symbol just read by {@link #string()}, remembering it when unknown. */
  private int unit(RawEvent e) {
    int unit = UnitSymbols.index(b, strOff, strLen);
    if (unit < 0 && unknown == null && e.unknownUnit() == null && e.quantityCount() < 3) {
      unknown = new String(b, strOff, strLen, StandardCharsets.UTF_8);
    }
    return unit;
  }

  /** A JSON number; NaN when it is not one (the ledger refuses it as an invalid quantity). */
  private double number() {
    int start = pos;
    boolean negative = false;
    if (b[pos] == '-') {
      negative = true;
      pos++;
    }
    long mantissa = 0;
    int digits = 0;
    int fraction = 0;
    boolean simple = true;
    while (pos < end && b[pos] >= '0' && b[pos] <= '9') {
      mantissa = mantissa * 10 + (b[pos++] - '0');
      digits++;
    }
    if (pos < end && b[pos] == '.') {
      pos++;
      while (pos < end && b[pos] >= '0' && b[pos] <= '9') {
        mantissa = mantissa * 10 + (b[pos++] - '0');
        digits++;
        fraction++;
      }
    }
    if (pos < end && (b[pos] == 'e' || b[pos] == 'E')) {
      simple = false;
      pos++;
      while (pos < end && (b[pos] == '+' || b[pos] == '-' || (b[pos] >= '0' && b[pos] <= '9'))) {
        pos++;
      }
    }
    if (digits == 0) {
      skipValue();
      return Double.NaN;
    }
    if (simple && digits <= 15 && fraction < POWERS.length) {
      double v = fraction == 0 ? mantissa : mantissa / POWERS[fraction];
      return negative ? -v : v;
    }
    try {
      return Double.parseDouble(new String(b, start, pos - start, StandardCharsets.US_ASCII));
    } catch (NumberFormatException ex) {
      return Double.NaN;
    }
  }

  /** Reads a string at pos into strOff/strLen, decoding escapes in place. */
  private boolean string() {
    if (pos >= end || b[pos] != '"') {
      return false;
    }
    int start = ++pos;
    while (pos + 8 <= end) {
      long v = (long) LONGS.get(b, pos);
      long q = v ^ 0x2222222222222222L;
      long s = v ^ 0x5C5C5C5C5C5C5C5CL;
      long hit =
          ((q - 0x0101010101010101L) & ~q | (s - 0x0101010101010101L) & ~s) & 0x8080808080808080L;
      if (hit != 0) {
        pos += Long.numberOfTrailingZeros(hit) >>> 3;
        break;
      }
      pos += 8;
    }
    while (pos < end) {
      byte c = b[pos];
      if (c == '"') {
        strOff = start;
        strLen = pos - start;
        pos++;
        return true;
      }
      if (c == '\\') {
        return escapedString(start);
      }
      pos++;
    }
    return false;
  }

  private boolean escapedString(int start) {
    int w = pos;
    while (pos < end) {
      byte c = b[pos++];
      if (c == '"') {
        strOff = start;
        strLen = w - start;
        return true;
      }
      if (c != '\\') {
        b[w++] = c;
        continue;
      }
      if (pos >= end) {
        return false;
      }
      byte x = b[pos++];
      switch (x) {
        case '"', '\\', '/' -> b[w++] = x;
        case 'b' -> b[w++] = '\b';
        case 'f' -> b[w++] = '\f';
        case 'n' -> b[w++] = '\n';
        case 'r' -> b[w++] = '\r';
        case 't' -> b[w++] = '\t';
        case 'u' -> {
          int cp = hex4();
          if (cp < 0) {
            return false;
          }
          if (cp >= 0xD800
              && cp <= 0xDBFF
              && pos + 1 < end
              && b[pos] == '\\'
              && b[pos + 1] == 'u') {
            pos += 2;
            int low = hex4();
            if (low < 0xDC00 || low > 0xDFFF) {
              return false;
            }
            cp = 0x10000 + ((cp - 0xD800) << 10) + (low - 0xDC00);
          }
          w = utf8(cp, w);
        }
        default -> {
          return false;
        }
      }
    }
    return false;
  }

  private int hex4() {
    if (pos + 4 > end) {
      return -1;
    }
    int v = 0;
    for (int i = 0; i < 4; i++) {
      int d = Character.digit(b[pos++], 16);
      if (d < 0) {
        return -1;
      }
      v = v * 16 + d;
    }
    return v;
  }

  private int utf8(int cp, int w) {
    if (cp < 0x80) {
      b[w++] = (byte) cp;
    } else if (cp < 0x800) {
      b[w++] = (byte) (0xC0 | (cp >> 6));
      b[w++] = (byte) (0x80 | (cp & 0x3F));
    } else if (cp < 0x10000) {
      b[w++] = (byte) (0xE0 | (cp >> 12));
      b[w++] = (byte) (0x80 | ((cp >> 6) & 0x3F));
      b[w++] = (byte) (0x80 | (cp & 0x3F));
    } else {
      b[w++] = (byte) (0xF0 | (cp >> 18));
      b[w++] = (byte) (0x80 | ((cp >> 12) & 0x3F));
      b[w++] = (byte) (0x80 | ((cp >> 6) & 0x3F));
      b[w++] = (byte) (0x80 | (cp & 0x3F));
    }
    return w;
  }

  /** Skips any JSON value (string, number, literal, object, array). */
  private boolean skipValue() {
    if (pos >= end) {
      return false;
    }
    byte c = b[pos];
    if (c == '"') {
      return string();
    }
    if (c == '{' || c == '[') {
      int depth = 0;
      while (pos < end) {
        byte x = b[pos];
        if (x == '"') {
          if (!string()) {
            return false;
          }
          continue;
        }
        pos++;
        if (x == '{' || x == '[') {
          depth++;
        } else if (x == '}' || x == ']') {
          if (--depth == 0) {
            return true;
          }
        }
      }
      return false;
    }
    int start = pos;
    while (pos < end && b[pos] != ',' && b[pos] != '}' && b[pos] != ']' && b[pos] > ' ') {
      pos++;
    }
    return pos > start;
  }

  private void skipWs() {
    while (pos < end) {
      byte c = b[pos];
      if (c != ' ' && c != '\t' && c != '\r') {
        return;
      }
      pos++;
    }
  }

  private static long word(String eightBytes) {
    byte[] p = ascii(eightBytes);
    long w = 0;
    for (int i = 0; i < 8; i++) {
      w |= (p[i] & 0xFFL) << (8 * i);
    }
    return w;
  }

  private static byte[] ascii(String s) {
    return s.getBytes(StandardCharsets.US_ASCII);
  }
}

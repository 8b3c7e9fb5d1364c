package org.scopeplus.io.scope3plus;

/**
 * Parses ISO-8601 instants of the form {@code yyyy-MM-ddTHH:mm:ss[.fraction](Z|±hh:mm)} from bytes
 * to epoch seconds without allocation; anything else gives {@link Long#MIN_VALUE}.
 */
final class IsoInstant {
  private IsoInstant() {}

  /** First year of {@link #MONTH_START}. */
  private static final int TABLE_FIRST_YEAR = 1970;

  /**
   * Epoch day of the first of each month from {@link #TABLE_FIRST_YEAR} to 2099, index {@code (year
   * - 1970) * 12 + month - 1}: an event's day is read from here instead of computed.
   */
  private static final int[] MONTH_START = new int[130 * 12];

  /** Days of each month of {@link #MONTH_START}. */
  private static final byte[] MONTH_DAYS = new byte[MONTH_START.length];

  static {
    for (int i = 0; i < MONTH_START.length; i++) {
      int year = TABLE_FIRST_YEAR + i / 12;
      int month = i % 12 + 1;
      MONTH_START[i] = (int) daysFromCivil(year, month, 1);
      MONTH_DAYS[i] = (byte) daysIn(year, month);
    }
  }

  static long parse(byte[] b, int off, int len) {
    if (len < 20) {
      return Long.MIN_VALUE;
    }
    int year = digits(b, off, 4);
    int month = digits(b, off + 5, 2);
    int day = digits(b, off + 8, 2);
    int hour = digits(b, off + 11, 2);
    int minute = digits(b, off + 14, 2);
    int second = digits(b, off + 17, 2);
    if (month < 1 || month > 12) {
      return Long.MIN_VALUE;
    }
    int table = (year - TABLE_FIRST_YEAR) * 12 + month - 1;
    boolean inTable = table >= 0 && table < MONTH_START.length;
    if (year < 0
        || day < 1
        || day > (inTable ? MONTH_DAYS[table] : daysIn(year, month))
        || hour < 0
        || hour > 23
        || minute < 0
        || minute > 59
        || second < 0
        || second > 59
        || b[off + 4] != '-'
        || b[off + 7] != '-'
        || (b[off + 10] != 'T' && b[off + 10] != 't' && b[off + 10] != ' ')
        || b[off + 13] != ':'
        || b[off + 16] != ':') {
      return Long.MIN_VALUE;
    }
    int p = off + 19;
    int stop = off + len;
    if (p < stop && b[p] == '.') {
      p++;
      int start = p;
      while (p < stop && b[p] >= '0' && b[p] <= '9') {
        p++;
      }
      if (p == start) {
        return Long.MIN_VALUE;
      }
    }
    int offsetSeconds;
    if (p < stop && (b[p] == 'Z' || b[p] == 'z') && p + 1 == stop) {
      offsetSeconds = 0;
    } else if (p + 6 == stop && (b[p] == '+' || b[p] == '-') && b[p + 3] == ':') {
      int oh = digits(b, p + 1, 2);
      int om = digits(b, p + 4, 2);
      if (oh < 0 || oh > 18 || om < 0 || om > 59) {
        return Long.MIN_VALUE;
      }
      offsetSeconds = (oh * 3600 + om * 60) * (b[p] == '-' ? -1 : 1);
    } else {
      return Long.MIN_VALUE;
    }
    long days = inTable ? MONTH_START[table] + day - 1 : daysFromCivil(year, month, day);
    return days * 86_400L + hour * 3600L + minute * 60L + second - offsetSeconds;
  }

  private static int digits(byte[] b, int off, int n) {
    int v = 0;
    for (int i = 0; i < n; i++) {
      int d = b[off + i] - '0';
      if (d < 0 || d > 9) {
        return -1;
      }
      v = v * 10 + d;
    }
    return v;
  }

  private static int daysIn(int year, int month) {
    return switch (month) {
      case 2 -> (year % 4 == 0 && (year % 100 != 0 || year % 400 == 0)) ? 29 : 28;
      case 4, 6, 9, 11 -> 30;
      default -> 31;
    };
  }

  static long daysFromCivil(int y, int m, int d) {
    y -= m <= 2 ? 1 : 0;
    long era = Math.floorDiv(y, 400);
    long yoe = y - era * 400;
    long doy = (153L * (m + (m > 2 ? -3 : 9)) + 2) / 5 + d - 1;
    long doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    return era * 146_097 + doe - 719_468;
  }
}

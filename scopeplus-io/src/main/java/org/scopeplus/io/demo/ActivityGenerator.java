package org.scopeplus.io.demo;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/**
 * Writes any number of realistic activity records for load tests and benchmarks: each record takes
 * the org unit, facility, period, activity type, unit, region, substance and instrument of a random
 * record of the demo company, and a quantity of 50% to 150% of that record's. The output is a pure
 * function of (rows, seed): the same arguments give the same bytes.
 */
public final class ActivityGenerator {

  private final byte[][] prefixes;
  private final long[] cents;
  private final byte[][] suffixes;

  private ActivityGenerator(List<byte[]> prefixes, List<Long> cents, List<byte[]> suffixes) {
    this.prefixes = prefixes.toArray(new byte[0][]);
    this.suffixes = suffixes.toArray(new byte[0][]);
    this.cents = new long[cents.size()];
    for (int i = 0; i < this.cents.length; i++) {
      this.cents[i] = cents.get(i);
    }
  }

  /** A generator drawing on the shipped demo records. */
  public static ActivityGenerator ofDemo() {
    return of(DemoDataset.shippedActivity());
  }

  /** A generator drawing on the records of an activity CSV in the demo's columns. */
  static ActivityGenerator of(String csv) {
    List<byte[]> prefixes = new ArrayList<>();
    List<Long> cents = new ArrayList<>();
    List<byte[]> suffixes = new ArrayList<>();
    String[] lines = csv.split("\n");
    if (!lines[0].strip().equals(DemoDataset.HEADER)) {
      throw new IllegalArgumentException("not the demo's columns: " + lines[0]);
    }
    for (int i = 1; i < lines.length; i++) {
      String[] c = lines[i].split(",", -1);
      prefixes.add(
          ("," + c[1] + "," + c[2] + "," + c[3] + "," + c[4] + ",")
              .getBytes(StandardCharsets.UTF_8));
      cents.add(Math.round(Double.parseDouble(c[5]) * 100));
      suffixes.add(
          ("," + c[6] + "," + c[7] + "," + c[8] + "," + c[9] + "," + c[10] + "," + c[11] + "\n")
              .getBytes(StandardCharsets.UTF_8));
    }
    return new ActivityGenerator(prefixes, cents, suffixes);
  }

  /** Writes the header and {@code rows} records. */
  public void write(long rows, long seed, OutputStream out) throws IOException {
    SplittableRandom random = new SplittableRandom(seed);
    byte[] buf = new byte[1 << 20];
    int pos = 0;
    byte[] header = (DemoDataset.HEADER + "\n").getBytes(StandardCharsets.UTF_8);
    System.arraycopy(header, 0, buf, 0, header.length);
    pos = header.length;
    for (long r = 1; r <= rows; r++) {
      if (pos > buf.length - 4096) {
        out.write(buf, 0, pos);
        pos = 0;
      }
      int t = random.nextInt(prefixes.length);
      // quantity: 50% to 150% of the template's, to the cent
      long c = cents[t] * (500 + random.nextInt(1001)) / 1000;
      buf[pos++] = 'G';
      pos = digits(buf, pos, r, 10);
      byte[] p = prefixes[t];
      System.arraycopy(p, 0, buf, pos, p.length);
      pos += p.length;
      pos = digits(buf, pos, c / 100, 1);
      buf[pos++] = '.';
      pos = digits(buf, pos, c % 100, 2);
      byte[] s = suffixes[t];
      System.arraycopy(s, 0, buf, pos, s.length);
      pos += s.length;
    }
    out.write(buf, 0, pos);
    out.flush();
  }

  /** Writes {@code v} in decimal, left-padded with zeros to at least {@code width} digits. */
  private static int digits(byte[] buf, int pos, long v, int width) {
    int n = 1;
    for (long x = v / 10; x > 0; x /= 10) {
      n++;
    }
    n = Math.max(n, width);
    for (int i = pos + n - 1; i >= pos; i--) {
      buf[i] = (byte) ('0' + v % 10);
      v /= 10;
    }
    return pos + n;
  }
}

package org.scopeplus.io.scope3plus;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.scopeplus.core.scope3plus.Dimension;
import org.scopeplus.core.scope3plus.Methodology;
import org.scopeplus.core.scope3plus.MethodologyCatalog;

/**
 * A deterministic generator of NDJSON events for benchmarks and tests: every event is a pure
 * function of (seed, index), so a redelivery repeats an earlier event byte for byte. Mixes in
 * redeliveries, claims of the same action by two programmes, and invalid lines at given rates.
 *
 * @param seed the seed
 * @param actors number of distinct actors
 * @param days events fall in this many days from 2021-01-01
 * @param duplicateRate share of lines that redeliver an earlier event
 * @param conflictRate share of events that claim an action another programme already claimed
 * @param invalidRate share of lines that are invalid (bad JSON, unknown action, negative quantity)
 * @param catalog the methodologies to draw usable actions from
 */
public record EventGenerator(
    long seed,
    int actors,
    int days,
    double duplicateRate,
    double conflictRate,
    double invalidRate,
    MethodologyCatalog catalog) {

  private static final String[] PROGRAMMES = {
    "maps", "transit-partner", "marketplace", "delivery", "cloud", "employees"
  };
  private static final String[] REGIONS = {
    "CN", "CN-BJ", "CN-GZ", "CN-SH", "CN-ZJ", "CN-GD", "CN-JS", "CN-SC", "GB", "GB-LON", "SG", "DE",
    "FR", "US", "JP", "KR", "IN", "BR", "MY", "TH", "ID", "VN", "AU", "NL", "ES", "IT", "PL", "SE",
    "AE", "MX"
  };
  private static final long START = 1_609_459_200L; // 2021-01-01

  private static boolean countsIn(Methodology m, String region) {
    return m.validity().covers(region) && m.validity().businessAsUsualIn(region) == null;
  }

  /** The {@code k}-th (modulo their number) region of the list where {@code m} counts. */
  private static String inside(Methodology m, long k) {
    int n = 0;
    for (String r : REGIONS) {
      n += countsIn(m, r) ? 1 : 0;
    }
    if (n == 0) {
      return m.validity().regions().get(0);
    }
    long want = Long.remainderUnsigned(k, n);
    for (String r : REGIONS) {
      if (countsIn(m, r) && want-- == 0) {
        return r;
      }
    }
    throw new IllegalStateException("unreachable");
  }

  /** The usable methodologies, in catalog order. */
  public List<Methodology> usable() {
    List<Methodology> out = new ArrayList<>();
    for (Methodology m : catalog.methodologies()) {
      if (m.usable()) {
        out.add(m);
      }
    }
    return out;
  }

  /** Writes {@code count} lines of NDJSON. */
  public void write(long count, OutputStream out) throws IOException {
    List<Methodology> usable = usable();
    StringBuilder sb = new StringBuilder(256);
    byte[] buf = new byte[1 << 20];
    int fill = 0;
    for (long i = 0; i < count; i++) {
      sb.setLength(0);
      line(i, usable, sb);
      sb.append('\n');
      byte[] b = sb.toString().getBytes(StandardCharsets.UTF_8);
      if (fill + b.length > buf.length) {
        out.write(buf, 0, fill);
        fill = 0;
      }
      System.arraycopy(b, 0, buf, fill, b.length);
      fill += b.length;
    }
    out.write(buf, 0, fill);
    out.flush();
  }

  /** The line at index {@code i} (without newline). */
  public String line(long i) {
    StringBuilder sb = new StringBuilder(256);
    line(i, usable(), sb);
    return sb.toString();
  }

  private void line(long i, List<Methodology> usable, StringBuilder sb) {
    long r = mix(seed ^ (i * 0x9E3779B97F4A7C15L));
    double u = unit(r);
    if (i > 0 && u < duplicateRate) {
      line(Long.remainderUnsigned(mix(r), i), usable, sb);
      return;
    }
    if (u < duplicateRate + invalidRate) {
      switch ((int) Long.remainderUnsigned(mix(r + 1), 3)) {
        case 0 -> sb.append("{\"event_id\":\"bad-").append(i).append("\",\"programme\":}");
        case 1 -> {
          event(i, usable, sb, false);
          int at = sb.indexOf("\"action\":\"") + 10;
          sb.insert(at, "unknown.");
        }
        default -> {
          event(i, usable, sb, false);
          int at = sb.indexOf("\"value\":") + 8;
          sb.insert(at, '-');
        }
      }
      return;
    }
    event(i, usable, sb, u < duplicateRate + invalidRate + conflictRate);
  }

  private void event(long i, List<Methodology> usable, StringBuilder sb, boolean conflict) {
    long r = mix(seed + i);
    Methodology m = usable.get((int) Long.remainderUnsigned(r, usable.size()));
    long r2 = mix(r);
    long actor = Long.remainderUnsigned(r2, actors);
    long r3 = mix(r2);
    long time = START + Long.remainderUnsigned(r3, days * 86_400L);
    long r4 = mix(r3);
    String programme = PROGRAMMES[(int) Long.remainderUnsigned(r4, PROGRAMMES.length)];
    String region = REGIONS[(int) Long.remainderUnsigned(r4 >>> 20, REGIONS.length)];
    if (!countsIn(m, region) && Long.remainderUnsigned(r4 >>> 40, 10) != 0) {
      // nine in ten events are where their methodology counts; the tenth tests the refusal
      region = inside(m, r4 >>> 44);
    }
    sb.append("{\"event_id\":\"e").append(Long.toString(i + 1_000_000_000_000L));
    sb.append("\",\"programme\":\"").append(programme);
    sb.append("\",\"actor\":\"u").append(actor);
    sb.append("\",\"action\":\"").append(m.action());
    sb.append("\",\"quantities\":[");
    long r5 = mix(r4);
    for (int k = 0; k < m.dimensions().size(); k++) {
      if (k > 0) {
        sb.append(',');
      }
      Dimension d = m.dimensions().get(k);
      double base = k == 0 ? Math.max(1, m.eligibility().minimumFirstQuantity()) : 0;
      long v100 = Long.remainderUnsigned(r5 >>> (k * 8), 2000);
      double value = base + v100 / 100.0;
      if (d == Dimension.TEMPERATURE_DIFFERENCE) {
        value = 1 + Long.remainderUnsigned(r5 >>> 40, 3);
      }
      if (d == Dimension.COUNT) {
        value = 1 + Long.remainderUnsigned(r5 >>> (k * 8), 5);
      }
      sb.append("{\"value\":").append(value).append(",\"unit\":\"").append(symbol(d)).append("\"}");
    }
    sb.append("],\"time\":\"").append(java.time.Instant.ofEpochSecond(time));
    sb.append("\",\"region\":\"").append(region);
    sb.append("\",\"evidence\":\"ev:").append(Long.toHexString(r5 & 0xFFFFFF)).append('"');
    if (conflict && i > 0) {
      long other = Long.remainderUnsigned(mix(r5), i);
      sb.append(",\"claim\":\"act-").append(other).append('"');
    } else if ((r5 & 3) == 0) {
      sb.append(",\"claim\":\"act-").append(i).append('"');
    }
    sb.append('}');
  }

  private static String symbol(Dimension d) {
    return switch (d) {
      case DISTANCE -> "km";
      case PASSENGER_DISTANCE -> "p·km";
      case VEHICLE_DISTANCE -> "vkm";
      case MASS -> "kg";
      case ENERGY -> "kWh";
      case TIME -> "h";
      case COUNT -> "item";
      case ROOM_NIGHTS -> "night";
      case AREA_TIME -> "m2.h";
      case TEMPERATURE_DIFFERENCE -> "degC";
    };
  }

  private static double unit(long r) {
    return (r >>> 11) * 0x1.0p-53;
  }

  static long mix(long z) {
    z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
    z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
    return z ^ (z >>> 31);
  }
}

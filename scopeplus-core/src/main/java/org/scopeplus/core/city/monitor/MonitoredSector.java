package org.scopeplus.core.city.monitor;

import java.util.Locale;
import java.util.Optional;

/**
 * A sector estimated day by day, with the activity proxy that drives it and its uncertainty.
 *
 * <p>The uncertainties are the two-sigma ranges Carbon Monitor states per sector for its daily
 * estimates (Liu et al. 2020, Nature Communications 11:5172, Methods, "Uncertainty estimates"):
 * power ±14%, industry ±36%, ground transport ±9.3%, residential ±40%, aviation ±10.2%.
 */
public enum MonitoredSector {
  POWER("power", "daily power generation", 0.14),
  INDUSTRY("industry", "industrial output", 0.36),
  GROUND_TRANSPORT("ground_transport", "traffic index", 0.093),
  RESIDENTIAL("residential", "heating degree days", 0.40),
  AVIATION("aviation", "flights", 0.102);

  private final String code;
  private final String proxy;
  private final double uncertainty;

  MonitoredSector(String code, String proxy, double uncertainty) {
    this.code = code;
    this.proxy = proxy;
    this.uncertainty = uncertainty;
  }

  /** The code used in files and the API, e.g. {@code ground_transport}. */
  public String code() {
    return code;
  }

  /** The activity proxy whose daily values drive the sector. */
  public String proxy() {
    return proxy;
  }

  /** The relative two-sigma uncertainty of a daily estimate, e.g. 0.14 for ±14%. */
  public double uncertainty() {
    return uncertainty;
  }

  /** The sector with this code (case-insensitive), if any. */
  public static Optional<MonitoredSector> parse(String code) {
    if (code == null) {
      return Optional.empty();
    }
    String c = code.strip().toLowerCase(Locale.ROOT);
    for (MonitoredSector s : values()) {
      if (s.code.equals(c)) {
        return Optional.of(s);
      }
    }
    return Optional.empty();
  }

  /** The codes, for messages: {@code power, industry, ...}. */
  public static String codes() {
    StringBuilder b = new StringBuilder();
    for (MonitoredSector s : values()) {
      b.append(b.length() == 0 ? "" : ", ").append(s.code);
    }
    return b.toString();
  }
}

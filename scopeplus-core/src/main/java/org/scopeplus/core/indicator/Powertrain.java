package org.scopeplus.core.indicator;

import java.util.Locale;
import java.util.Optional;

/**
 * How a fleet vehicle is driven, as a metrics file counts vehicles ({@code vehicles_bev}, ...). The
 * fleet-electrification share counts a vehicle as electric when it is driven by electric motors
 * alone with no tailpipe: battery electric (BEV) and fuel-cell electric (FCEV). A plug-in hybrid
 * (PHEV), a hybrid (HEV) and a combustion vehicle (ICE, including gas-fuelled ones) count in the
 * fleet but not as electric.
 */
public enum Powertrain {
  BEV(true),
  FCEV(true),
  PHEV(false),
  HEV(false),
  ICE(false);

  private final boolean electric;

  Powertrain(boolean electric) {
    this.electric = electric;
  }

  /** True when the vehicle counts as electric in the fleet-electrification share. */
  public boolean electric() {
    return electric;
  }

  /** The metric name a metrics file uses, e.g. {@code vehicles_bev}. */
  public String metric() {
    return "vehicles_" + name().toLowerCase(Locale.ROOT);
  }

  /** The powertrain of a metric name such as {@code vehicles_bev}, if it is one. */
  public static Optional<Powertrain> ofMetric(String metric) {
    for (Powertrain p : values()) {
      if (p.metric().equals(metric)) {
        return Optional.of(p);
      }
    }
    return Optional.empty();
  }
}

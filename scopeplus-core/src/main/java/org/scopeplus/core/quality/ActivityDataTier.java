package org.scopeplus.core.quality;

import java.util.Locale;

/**
 * How an activity amount was obtained, read from the record's {@code data_quality} label. The tier
 * drives the reliability and completeness scores and the default activity-data uncertainty.
 */
public enum ActivityDataTier {
  /** Read from a meter or measured directly ({@code measured}, {@code metered}). */
  MEASURED,
  /** Taken from a supplier's invoice or bill, itself based on a custody-transfer meter. */
  INVOICED,
  /** Calculated from other measured amounts (e.g. distance from a route, mass from a count). */
  CALCULATED,
  /** Extrapolated from part of the period or part of the sites. */
  EXTRAPOLATED,
  /** An estimate (expert judgement, proxy, assumption). */
  ESTIMATED,
  /** No label, or a label this tiering does not know. */
  NOT_STATED;

  /** The label as written in files and output. */
  public String label() {
    return name().toLowerCase(Locale.ROOT).replace('_', '-');
  }

  /** The tier of a record's {@code data_quality} label; unknown and blank labels are NOT_STATED. */
  public static ActivityDataTier of(String dataQuality) {
    if (dataQuality == null) {
      return NOT_STATED;
    }
    return switch (dataQuality.strip().toLowerCase(Locale.ROOT)) {
      case "measured", "metered", "meter", "measurement" -> MEASURED;
      case "invoiced", "invoice", "billed", "bill" -> INVOICED;
      case "calculated", "modelled", "modeled", "derived" -> CALCULATED;
      case "extrapolated", "scaled" -> EXTRAPOLATED;
      case "estimated", "estimate", "assumed", "proxy" -> ESTIMATED;
      default -> NOT_STATED;
    };
  }
}

package org.scopeplus.io.report;

import java.math.BigDecimal;

/** Grams as tonnes, exactly: {@code 1234567 g} is {@code 1.234567 t}. */
public final class Tonnes {
  private Tonnes() {}

  /** Exact tonnes with six decimals. */
  public static BigDecimal of(long grams) {
    return BigDecimal.valueOf(grams, 6);
  }

  /** Tonnes rounded half-even to one decimal with thousands separators, for tables. */
  public static String table(long grams) {
    return String.format(
        java.util.Locale.ROOT, "%,.1f", of(grams).setScale(1, java.math.RoundingMode.HALF_EVEN));
  }

  /** Tonnes rounded to three decimals. */
  public static String formatted(long grams) {
    return String.format(java.util.Locale.ROOT, "%,.3f", of(grams));
  }
}

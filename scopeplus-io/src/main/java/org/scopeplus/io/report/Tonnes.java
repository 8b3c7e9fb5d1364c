package org.scopeplus.io.report;

import java.math.BigDecimal;

/** Grams as tonnes, exactly: {@code 1234567 g} is {@code 1.234567 t}. */
public final class Tonnes {
  private Tonnes() {}

  /** Exact tonnes with six decimals. */
  public static BigDecimal of(long grams) {
    return BigDecimal.valueOf(grams, 6);
  }

  /** Tonnes rounded to three decimals, for tables. */
  public static String formatted(long grams) {
    return String.format(java.util.Locale.ROOT, "%,.3f", of(grams));
  }
}

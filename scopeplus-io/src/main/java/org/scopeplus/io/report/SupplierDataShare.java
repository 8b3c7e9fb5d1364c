package org.scopeplus.io.report;

import java.math.BigDecimal;
import java.math.RoundingMode;
import org.scopeplus.core.inventory.Inventory;

/**
 * The share of a Scope 3 category calculated from suppliers' own data, as written in reports: a
 * fraction with four decimals ({@code 0.7584}) or a percentage with two ({@code 75.84%}), both from
 * the exact grams, rounded half-even once.
 */
final class SupplierDataShare {

  private SupplierDataShare() {}

  /** The share 0 to 1 with four decimals, or "" when the category has no emissions. */
  static String text(Inventory inv, int category) {
    BigDecimal share = share(inv, category, 4);
    return share == null ? "" : share.toPlainString();
  }

  /** The share as a percentage with two decimals, or "-" when the category has no emissions. */
  static String percent(Inventory inv, int category) {
    BigDecimal share = share(inv, category, 4);
    return share == null ? "-" : share.movePointRight(2).setScale(2).toPlainString() + "%";
  }

  private static BigDecimal share(Inventory inv, int category, int decimals) {
    long all = inv.scope3Categories().getOrDefault(category, 0L);
    if (all == 0) {
      return null;
    }
    return BigDecimal.valueOf(inv.scope3FromSupplierData().getOrDefault(category, 0L))
        .divide(BigDecimal.valueOf(all), decimals, RoundingMode.HALF_EVEN);
  }
}

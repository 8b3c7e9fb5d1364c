package org.scopeplus.core.inventory;

/**
 * Emissions in grams CO2e by scope, with both Scope 2 methods, biogenic CO2 and the Montreal
 * Protocol memo items kept apart.
 *
 * @param scope1 direct emissions
 * @param scope2Location Scope 2, location-based
 * @param scope2Market Scope 2, market-based
 * @param scope3 value-chain emissions, categories 1 to 15
 * @param biogenicCo2 CO2 from biogenic carbon, outside the scopes
 * @param montrealMemo Montreal Protocol gases (e.g. HCFC-22), a memo item outside the totals
 */
public record Totals(
    long scope1,
    long scope2Location,
    long scope2Market,
    long scope3,
    long biogenicCo2,
    long montrealMemo) {

  public static final Totals ZERO = new Totals(0, 0, 0, 0, 0, 0);

  /**
   * Scope 1 + Scope 2 location-based + Scope 3, added exactly.
   *
   * @throws ArithmeticException when the sum leaves the range of {@code long}; an inventory's
   *     totals never do (see {@link InventoryAccumulator})
   */
  public long totalLocation() {
    return Math.addExact(Math.addExact(scope1, scope2Location), scope3);
  }

  /**
   * Scope 1 + Scope 2 market-based + Scope 3, added exactly.
   *
   * @throws ArithmeticException when the sum leaves the range of {@code long}
   */
  public long totalMarket() {
    return Math.addExact(Math.addExact(scope1, scope2Market), scope3);
  }

  static Totals of(long[] a) {
    return new Totals(a[0], a[1], a[2], a[3], a[4], a[5]);
  }
}

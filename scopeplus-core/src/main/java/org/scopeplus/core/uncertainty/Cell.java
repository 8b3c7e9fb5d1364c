package org.scopeplus.core.uncertainty;

import java.util.ArrayList;
import java.util.List;

/**
 * A total that uncertainty is reported for: the inventory under each Scope 2 method, each scope and
 * each Scope 3 category. Index {@code 0..20}; a line adds to several cells.
 */
public final class Cell {

  /** Scope 1 + Scope 2 location-based + Scope 3. */
  public static final int TOTAL_LOCATION = 0;

  /** Scope 1 + Scope 2 market-based + Scope 3. */
  public static final int TOTAL_MARKET = 1;

  static final int SCOPE1 = 2;
  static final int SCOPE2_LOCATION = 3;
  static final int SCOPE2_MARKET = 4;
  static final int SCOPE3 = 5;
  static final int CATEGORY_BASE = 5;

  /** The number of cells. */
  public static final int COUNT = 21;

  private Cell() {}

  /** The cell's name in output: {@code total-location-based}, {@code scope-3-category-6} ... */
  public static String name(int cell) {
    return switch (cell) {
      case TOTAL_LOCATION -> "total-location-based";
      case TOTAL_MARKET -> "total-market-based";
      case SCOPE1 -> "scope-1";
      case SCOPE2_LOCATION -> "scope-2-location-based";
      case SCOPE2_MARKET -> "scope-2-market-based";
      case SCOPE3 -> "scope-3";
      default -> {
        if (cell > CATEGORY_BASE && cell < COUNT) {
          yield "scope-3-category-" + (cell - CATEGORY_BASE);
        }
        throw new IllegalArgumentException("no cell " + cell);
      }
    };
  }

  /**
   * The cells a line adds to: Scope 1 and Scope 3 lines to both totals, a location-based Scope 2
   * line to the location-based total only, a market-based one to the market-based total only.
   */
  static int[] of(UncertainLine line) {
    List<Integer> cells = new ArrayList<>(4);
    switch (line.scope()) {
      case 1 -> {
        cells.add(TOTAL_LOCATION);
        cells.add(TOTAL_MARKET);
        cells.add(SCOPE1);
      }
      case 2 -> {
        if (line.marketBased()) {
          cells.add(TOTAL_MARKET);
          cells.add(SCOPE2_MARKET);
        } else {
          cells.add(TOTAL_LOCATION);
          cells.add(SCOPE2_LOCATION);
        }
      }
      case 3 -> {
        cells.add(TOTAL_LOCATION);
        cells.add(TOTAL_MARKET);
        cells.add(SCOPE3);
        cells.add(CATEGORY_BASE + line.category());
      }
      default -> throw new IllegalArgumentException("scope must be 1, 2 or 3: " + line.scope());
    }
    return cells.stream().mapToInt(Integer::intValue).toArray();
  }
}

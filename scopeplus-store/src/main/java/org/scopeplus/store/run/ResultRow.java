package org.scopeplus.store.run;

import org.scopeplus.core.inventory.Totals;

/**
 * A run's totals for one item of one dimension (e.g. dimension {@code org-unit}, item {@code
 * Group/Cloud}), in grams CO2e.
 *
 * @param dimension total, scope3-category, scope3-supplier-data (of each category, the grams from
 *     suppliers' own data: PACT footprints or supplier factors), gas, org-unit, facility, month,
 *     activity-type or factor
 * @param item the item within the dimension
 * @param totals the grams by scope
 */
public record ResultRow(String dimension, String item, Totals totals) {

  /** The dimensions results are kept by. */
  public static final java.util.List<String> DIMENSIONS =
      java.util.List.of(
          "total",
          "scope3-category",
          "scope3-supplier-data",
          "gas",
          "org-unit",
          "facility",
          "month",
          "activity-type",
          "factor");
}

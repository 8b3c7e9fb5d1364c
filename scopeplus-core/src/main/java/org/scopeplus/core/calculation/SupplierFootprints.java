package org.scopeplus.core.calculation;

import java.time.LocalDate;
import org.scopeplus.core.quantity.MeasureUnit;

/**
 * The suppliers' product carbon footprints a run may use: for a record naming a supplier product (a
 * Scope 3 category 1 or 2 purchase), the footprint that applies on the record's day as a factor, or
 * why none applies. The engine never falls back to an average factor on its own: a record that
 * names a product whose footprint cannot be used is refused with the reason.
 */
public interface SupplierFootprints {

  /** No footprints: every record naming a supplier product is refused. */
  SupplierFootprints NONE =
      (productId, day) ->
          new Choice.NotUsable(
              "no supplier footprint is available to this calculation for product "
                  + productId
                  + "; import or pull the supplier's PACT footprint, or clear"
                  + " supplier_product_id to use the average factor");

  /** The footprint of a product that applies on a day. */
  Choice choose(String productId, LocalDate day);

  /** A footprint chosen as the factor, or the reason there is none. */
  sealed interface Choice {
    /**
     * The chosen footprint as a factor.
     *
     * @param kgCo2ePerUnit kg CO2e per {@code perUnit}
     * @param perUnit the footprint's declared unit as a ScopePlus unit
     * @param note the trace's words: footprint id and version, company, value
     */
    record Chosen(double kgCo2ePerUnit, MeasureUnit perUnit, String note) implements Choice {}

    /** No usable footprint, with the reason. */
    record NotUsable(String reason) implements Choice {}
  }
}

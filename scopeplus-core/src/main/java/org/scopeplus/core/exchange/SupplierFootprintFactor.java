package org.scopeplus.core.exchange;

import java.math.BigDecimal;
import java.math.MathContext;
import java.time.Instant;
import java.util.Map;
import org.scopeplus.core.quantity.MeasureUnit;
import org.scopeplus.core.quantity.UnitSymbols;

/**
 * A supplier's PACT footprint as the factor of a Scope 3 category 1 or 2 record: kg CO2e per unit
 * of the footprint's declared unit, {@code pcfExcludingBiogenicUptake / declaredUnitAmount}. The
 * value excluding biogenic uptake is used because the GHG Protocol reports biogenic removals apart
 * from the scopes. A footprint that is Deprecated (superseded) or not valid on the activity's date
 * is refused with the reason, never used silently. The note names the footprint's id and creation
 * time, which in PACT v3 identify its version (a change makes a new id).
 */
public final class SupplierFootprintFactor {

  /** The factor or why there is none. */
  public sealed interface Outcome {
    /**
     * The factor.
     *
     * @param kgCo2ePerUnit kg CO2e per {@code perUnit}
     * @param perUnit the declared unit as a ScopePlus unit
     * @param note the trace's words: footprint id, company, creation time
     */
    record Usable(double kgCo2ePerUnit, MeasureUnit perUnit, String note) implements Outcome {}

    /** No factor, with the reason. */
    record Refused(String reason) implements Outcome {}
  }

  private static final Map<String, String> UNITS =
      Map.of(
          "liter", "L",
          "kilogram", "kg",
          "cubic meter", "m3",
          "kilowatt hour", "kWh",
          "megajoule", "MJ",
          "ton kilometer", "t·km",
          "square meter", "m2",
          "piece", "item",
          "hour", "hour");

  private SupplierFootprintFactor() {}

  /**
   * The factor of a footprint that passed {@link FootprintRules#check}, for an activity on a day.
   */
  public static Outcome of(Map<?, ?> pf, Instant activityDay) {
    FootprintKeys keys = FootprintKeys.of(pf);
    if (!"Active".equals(keys.status())) {
      return new Outcome.Refused(
          "supplier footprint "
              + keys.id()
              + " is deprecated (superseded); request or pull its current version");
    }
    if (activityDay.isBefore(keys.validFrom()) || !activityDay.isBefore(keys.validUntil())) {
      return new Outcome.Refused(
          "supplier footprint "
              + keys.id()
              + " is valid from "
              + keys.validFrom()
              + " until "
              + keys.validUntil()
              + ", not on "
              + activityDay);
    }
    Map<?, ?> pcf = (Map<?, ?>) pf.get("pcf");
    String declared = (String) pcf.get("declaredUnitOfMeasurement");
    String symbol = UNITS.get(declared);
    if (symbol == null) {
      return new Outcome.Refused(
          "supplier footprint "
              + keys.id()
              + " is per "
              + declared
              + ", a unit purchases are not in");
    }
    BigDecimal perUnit =
        PactDecimal.value((String) pcf.get("pcfExcludingBiogenicUptake"))
            .divide(
                PactDecimal.value((String) pcf.get("declaredUnitAmount")), MathContext.DECIMAL64);
    return new Outcome.Usable(
        perUnit.doubleValue(),
        UnitSymbols.of(symbol),
        "supplier PCF "
            + keys.id()
            + " (version created "
            + pf.get("created")
            + ") of "
            + pf.get("companyName")
            + ", PACT v3: "
            + perUnit.stripTrailingZeros().toPlainString()
            + " kg CO2e per "
            + symbol
            + " (pcfExcludingBiogenicUptake "
            + pcf.get("pcfExcludingBiogenicUptake")
            + " per "
            + pcf.get("declaredUnitAmount")
            + " "
            + declared
            + ")");
  }
}

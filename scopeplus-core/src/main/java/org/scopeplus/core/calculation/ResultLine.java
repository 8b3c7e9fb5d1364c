package org.scopeplus.core.calculation;

import java.util.Objects;
import org.scopeplus.core.activity.ActivityRecord;
import org.scopeplus.core.activity.ActivityType;
import org.scopeplus.core.factor.EmissionFactor;
import org.scopeplus.core.gas.Gas;
import org.scopeplus.core.gas.GwpSet;
import org.scopeplus.core.text.Decimals;

/**
 * One gas of one activity record under one method: the unit of the trace. A verifier walks from any
 * total down to these lines and from each line to its record and factor.
 *
 * <p>{@code co2eGrams = round_half_even(quantity x kgPerUnit x 1000 x gwp x share)}, and {@code
 * gasGrams} the same without the GWP. These are the only roundings; totals are exact sums.
 *
 * @param record the activity record
 * @param type its activity type
 * @param method LOCATION or MARKET for Scope 2 lines, NOT_APPLICABLE otherwise
 * @param gas the gas
 * @param biogenic true for biogenic CO2, reported outside the scopes
 * @param gasGrams grams of the gas
 * @param co2eGrams grams CO2e
 * @param factor the factor used, or null when the record supplied its own or an instrument applies
 * @param factorNote how the factor was chosen (resolution reason, instrument, supplier factor)
 * @param quantity the record's quantity converted to the factor's unit
 * @param conversion how the quantity was converted ("" when no conversion; null when converted by
 *     an engine made {@linkplain CalculationEngine#withoutConversionText() without conversion
 *     text})
 * @param kgPerUnit kilograms of the gas per unit of the factor
 * @param gwp the GWP applied (1 for CO2 and for factors already in CO2e)
 * @param gwpSet the run's GWP set
 * @param gwpSource where the GWP comes from
 * @param share sign x allocation share x consolidated share
 */
public record ResultLine(
    ActivityRecord record,
    ActivityType type,
    Scope2Method method,
    Gas gas,
    boolean biogenic,
    long gasGrams,
    long co2eGrams,
    EmissionFactor factor,
    String factorNote,
    double quantity,
    String conversion,
    double kgPerUnit,
    double gwp,
    GwpSet gwpSet,
    String gwpSource,
    double share) {

  /** The same line with another note on how its factor was chosen. */
  public ResultLine withFactorNote(String note) {
    return new ResultLine(
        record,
        type,
        method,
        gas,
        biogenic,
        gasGrams,
        co2eGrams,
        factor,
        note,
        quantity,
        conversion,
        kgPerUnit,
        gwp,
        gwpSet,
        gwpSource,
        share);
  }

  /** The formula with its numbers, e.g. {@code 1000 kWh x 0.5306 kg CO2/kWh x GWP 1 = 530600 g}. */
  public String formula() {
    return plain(quantity) + formulaMiddle(perUnit()) + co2eGrams + GRAMS_CO2E;
  }

  /** What the formula ends with, after its grams CO2e. */
  private static final String GRAMS_CO2E = " g CO2e";

  /**
   * The unit the factor's rate is per: the factor's, else the record's supplied factor's or own.
   */
  private String perUnit() {
    return factor != null ? factor.perUnit().symbol() : unitOfSupplied();
  }

  /**
   * The formula between the quantity and the grams CO2e: what depends only on the unit, the rate,
   * the gas, the GWP and the share, the same for every line of one factor and gas.
   */
  private String formulaMiddle(String perUnit) {
    StringBuilder b = new StringBuilder(64);
    b.append(' ').append(perUnit);
    b.append(" x ")
        .append(plain(kgPerUnit))
        .append(" kg ")
        .append(gas.id())
        .append('/')
        .append(perUnit);
    b.append(" x GWP ").append(plain(gwp));
    if (share != 1.0) {
      b.append(" x share ").append(plain(share));
    }
    return b.append(" x 1000 g/kg = ").toString();
  }

  /**
   * The formulas of many lines, each the text of {@link #formula()}, with the part between the
   * quantity and the grams ({@link #formulaMiddle}) made once for each unit, rate, gas, GWP and
   * share and kept (the last {@link #SLOTS} by a hash of them): a run writes the formulas of
   * millions of lines of a few factors. Not for use by more than one thread.
   */
  public static final class Formulas {

    private static final int SLOTS = 256;

    private final String[] perUnits = new String[SLOTS];
    private final String[] gasIds = new String[SLOTS];
    private final long[] rates = new long[SLOTS];
    private final long[] gwps = new long[SLOTS];
    private final long[] shares = new long[SLOTS];
    private final String[] middles = new String[SLOTS];

    /** The text of {@code line.formula()}. */
    public String of(ResultLine line) {
      String perUnit = line.perUnit();
      String gasId = line.gas.id();
      long rate = Double.doubleToRawLongBits(line.kgPerUnit);
      long gwp = Double.doubleToRawLongBits(line.gwp);
      long share = Double.doubleToRawLongBits(line.share);
      long h = rate * 0x9E3779B97F4A7C15L + gwp;
      h = h * 0x9E3779B97F4A7C15L + share;
      h = h * 0x9E3779B97F4A7C15L + 31L * Objects.hashCode(gasId) + Objects.hashCode(perUnit);
      int slot = (int) ((h * 0x9E3779B97F4A7C15L) >>> 56);
      String middle = middles[slot];
      if (middle == null
          || rates[slot] != rate
          || gwps[slot] != gwp
          || shares[slot] != share
          || !Objects.equals(gasIds[slot], gasId)
          || !Objects.equals(perUnits[slot], perUnit)) {
        middle = line.formulaMiddle(perUnit);
        middles[slot] = middle;
        rates[slot] = rate;
        gwps[slot] = gwp;
        shares[slot] = share;
        gasIds[slot] = gasId;
        perUnits[slot] = perUnit;
      }
      return plain(line.quantity) + middle + line.co2eGrams + GRAMS_CO2E;
    }
  }

  private String unitOfSupplied() {
    return record.supplierFactorUnit() != null
        ? record.supplierFactorUnit().symbol()
        : record.unit().symbol();
  }

  private static String plain(double v) {
    return Decimals.plain(v);
  }
}

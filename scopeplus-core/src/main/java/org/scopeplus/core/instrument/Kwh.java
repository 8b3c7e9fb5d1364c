package org.scopeplus.core.instrument;

import java.math.BigDecimal;
import java.util.Locale;
import java.util.Optional;

/**
 * Electricity as a whole number of kilowatt-hours in a {@code long}: the unit in which the
 * instrument ledger keeps every MWh, so that a claim is compared and added exactly and one MWh can
 * never be claimed twice through a rounding error. MWh given at the boundary are converted once,
 * exactly (at most three decimals).
 *
 * <p>An instrument, a consumption line or an allocation holds at most {@link #MAX} = 10^11 kWh (100
 * TWh, more than a large country's yearly consumption); with emission rates of at most {@link
 * #MAX_RATE} kg CO2e/MWh a line's grams stay below 2^53, where a {@code double} still holds every
 * whole gram, and any sum of amounts is added with {@link Math#addExact}.
 */
public final class Kwh {

  /** The largest amount of one instrument, line or allocation: 10^11 kWh (100 TWh). */
  public static final long MAX = 100_000_000_000L;

  /** The largest emission rate or factor accepted, kg CO2e/MWh (coal is about 1,000). */
  public static final double MAX_RATE = 10_000;

  private Kwh() {}

  /**
   * Why {@code mwh} cannot be kept as whole kWh (not a whole kWh, not above 0, beyond {@link
   * #MAX}), or empty.
   */
  public static Optional<String> refusal(String field, BigDecimal mwh) {
    if (mwh == null) {
      return Optional.of("give " + field + " in MWh");
    }
    if (mwh.signum() <= 0) {
      return Optional.of(field + " is more than 0 MWh");
    }
    // decimals and digits are read before any arithmetic: comparing 1e999999999 or 1e-999999999
    // with MAX would align the two scales and overflow
    if (mwh.stripTrailingZeros().scale() > 3) {
      return Optional.of(
          field + " is kept in whole kWh: give MWh to at most 3 decimals, not " + written(mwh));
    }
    if ((long) mwh.precision() - mwh.scale() > 9
        || mwh.movePointRight(3).compareTo(BigDecimal.valueOf(MAX)) > 0) {
      return Optional.of(
          field + " is at most " + mwh(MAX) + " MWh (100 TWh); " + written(mwh) + " is not");
    }
    return Optional.empty();
  }

  /**
   * The amount as a person reads it: plain digits, or the exponent form when plain digits would run
   * past 40 characters (an amount such as 1e999999999 written plain would take a gigabyte).
   */
  private static String written(BigDecimal mwh) {
    return Math.abs((long) mwh.scale()) + mwh.precision() <= 40
        ? mwh.toPlainString()
        : mwh.toString();
  }

  /**
   * Whole kWh of one activity record's electricity, rounded once, half-even: how a consumption line
   * is made from records read to decimals of a kWh (a meter's 9,043,496.07 kWh is 9,043,496). The
   * line is the sum of its records so rounded; what instruments claim against it is whole kWh
   * still, so no rounding lets a claim exceed the line.
   */
  public static long ofRecord(BigDecimal kwh) {
    return kwh.setScale(0, java.math.RoundingMode.HALF_EVEN).longValueExact();
  }

  /** Whole kWh of {@code mwh}; the caller has checked {@link #refusal} is empty. */
  public static long ofMwh(BigDecimal mwh) {
    return mwh.movePointRight(3).longValueExact();
  }

  /** Why an emission rate cannot be used (negative, not finite, beyond {@link #MAX_RATE}). */
  public static Optional<String> rateRefusal(String what, double kgPerMwh) {
    if (!(kgPerMwh >= 0 && kgPerMwh <= MAX_RATE)) {
      return Optional.of(
          what
              + " is 0 to "
              + String.format(Locale.ROOT, "%,.0f", MAX_RATE)
              + " kg CO2e/MWh, not "
              + kgPerMwh);
    }
    return Optional.empty();
  }

  /** kWh as MWh text: {@code 1,000} or {@code 0.25}, exact. */
  public static String mwh(long kwh) {
    BigDecimal v = BigDecimal.valueOf(kwh).movePointLeft(3).stripTrailingZeros();
    if (v.scale() < 0) {
      v = v.setScale(0);
    }
    String whole = String.format(Locale.ROOT, "%,d", v.toBigInteger());
    if (kwh < 0 && v.toBigInteger().signum() == 0) {
      whole = "-" + whole;
    }
    return v.scale() == 0
        ? whole
        : whole + "." + v.toPlainString().substring(v.toPlainString().indexOf('.') + 1);
  }
}

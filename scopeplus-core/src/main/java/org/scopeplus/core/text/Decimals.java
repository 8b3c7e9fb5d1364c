package org.scopeplus.core.text;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;

/**
 * How every trace and output writes a number that is held as a {@code double}: the decimal a person
 * wrote, or the shortest decimal of the value, never the last binary digits of an arithmetic step
 * ({@code 2.4567 x 1000} is held as {@code 2456.7000000000003} and written {@code 2456.7}).
 *
 * <p>The rule: a {@code double} holds 15 significant decimal digits exactly, so any decimal of up
 * to 15 significant digits reads back as one {@code double} and is written back as the same
 * decimal. When the shortest decimal that reads back as the value needs 16 or 17 digits, those last
 * digits are the rounding of binary arithmetic, not a digit anyone gave; the value is then written
 * rounded half-even to 15 significant digits. Only the text changes: calculations keep the {@code
 * double}.
 */
public final class Decimals {

  /** The significant digits a {@code double} holds exactly. */
  public static final int DIGITS = 15;

  private static final MathContext FIFTEEN = new MathContext(DIGITS, RoundingMode.HALF_EVEN);

  private Decimals() {}

  /**
   * The decimal of a finite value as the rule above gives it, without trailing zeros.
   *
   * @throws IllegalArgumentException for NaN or an infinity, which are no decimal
   */
  public static BigDecimal of(double v) {
    if (!Double.isFinite(v)) {
      throw new IllegalArgumentException("not a finite number: " + v);
    }
    if (v == 0.0) {
      return BigDecimal.ZERO;
    }
    // Double.toString gives a decimal that reads back as v; when it has at most 15 significant
    // digits it is the only such decimal of that length, hence the shortest
    BigDecimal written = new BigDecimal(Double.toString(v));
    if (written.precision() <= DIGITS) {
      return written.stripTrailingZeros();
    }
    return new BigDecimal(v).round(FIFTEEN).stripTrailingZeros();
  }

  /**
   * The value as plain text: a whole number without a decimal point ({@code 1000}, not {@code
   * 1000.0}), never an exponent ({@code 0.0001}, not {@code 1.0E-4}); NaN and infinities as Java
   * writes them.
   */
  public static String plain(double v) {
    if (!Double.isFinite(v)) {
      return Double.toString(v);
    }
    if (v == Math.rint(v) && Math.abs(v) < 1e15) {
      return Long.toString((long) v);
    }
    String java = Double.toString(v);
    if (plainAndShort(java)) {
      return java;
    }
    return of(v).toPlainString();
  }

  /**
   * Whether Java's text of a finite, non-integral value is already the decimal {@link #of} gives,
   * in plain notation: no exponent, no trailing zero (which the decimal would not have) and at most
   * 15 significant digits. Answers without a {@link BigDecimal}, which the calculation run would
   * otherwise make for every quantity of every trace line.
   */
  private static boolean plainAndShort(String java) {
    return java.indexOf('E') < 0
        && java.charAt(java.length() - 1) != '0'
        && significantDigits(java) <= DIGITS;
  }

  /**
   * The value as Java writes a {@code double} ({@code 1000.0}, {@code 1.0E-4}) when that decimal
   * has at most 15 significant digits, else the decimal of {@link #of} in plain notation: texts
   * that have always been written one way keep their form, and only the noise goes.
   */
  public static String text(double v) {
    String java = Double.toString(v);
    if (!Double.isFinite(v) || v == 0.0 || significantDigits(java) <= DIGITS) {
      return java;
    }
    return of(v).toPlainString();
  }

  /**
   * The precision of the {@link BigDecimal} of Java's text of a finite, non-zero value, counted on
   * the text: its digits from the first non-zero one to the last before any exponent ({@code
   * 1000.0} has 5, {@code 0.0012} has 2, {@code 1.0E-4} has 2).
   */
  static int significantDigits(String java) {
    int significant = 0;
    boolean leading = true;
    for (int i = 0, n = java.length(); i < n; i++) {
      char ch = java.charAt(i);
      if (ch == 'E') {
        break;
      }
      if (ch >= '0' && ch <= '9') {
        if (leading && ch == '0') {
          continue;
        }
        leading = false;
        significant++;
      }
    }
    return significant;
  }

  /**
   * The value for a writer of numbers (JSON, CSV): the {@code double} itself when Java writes it
   * with at most 15 significant digits, else the {@link BigDecimal} of {@link #of}.
   */
  public static Number number(double v) {
    if (!Double.isFinite(v) || v == 0.0 || significantDigits(Double.toString(v)) <= DIGITS) {
      return v;
    }
    return of(v);
  }
}

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
    long bits = Double.doubleToRawLongBits(v);
    int slot = (int) ((bits * 0x9E3779B97F4A7C15L) >>> (64 - WRITTEN_BITS));
    Written known = WRITTEN[slot];
    if (known != null && known.bits == bits) {
      return known.text;
    }
    String text = plainFraction(v);
    WRITTEN[slot] = new Written(bits, text);
    return text;
  }

  // The plain texts of the fractions written last, by their bits, one per slot: a calculation run
  // writes the same factors, GWPs and shares into line after line. A slot holds an immutable pair,
  // so a thread sees a whole pair or none; a pair of other bits is written over.
  private static final int WRITTEN_BITS = 10;
  private static final Written[] WRITTEN = new Written[1 << WRITTEN_BITS];

  private record Written(long bits, String text) {}

  /** {@link #plain} of a finite value that is not a whole number below 10^15. */
  static String plainFraction(double v) {
    String scaled = scaledDecimal(v);
    if (scaled != null) {
      return scaled;
    }
    String java = Double.toString(v);
    if (plainAndShort(java)) {
      return java;
    }
    return of(v).toPlainString();
  }

  private static final double[] POWERS_OF_TEN = new double[23];

  static {
    double p = 1;
    for (int k = 0; k < POWERS_OF_TEN.length; k++) {
      POWERS_OF_TEN[k] = p; // exact: 10^22 is the largest power of ten a double holds exactly
      p *= 10;
    }
  }

  /**
   * The decimal of {@link #of} in plain notation, found without {@link Double#toString} for a value
   * that is {@code m / 10^k} for a whole {@code m} of at most 15 digits, else null. Such a decimal
   * reads back as {@code v} exactly when the division {@code m / 10^k} of two doubles (both exact:
   * {@code m < 2^53}, {@code k <= 22}) gives {@code v}, as a double division rounds the exact
   * quotient as reading a decimal does. A decimal of at most 15 significant digits that reads back
   * as {@code v} is the only one ({@link #DIGITS}): the one Java's text gives, else the value
   * rounded to 15 digits, so the same text as {@link #of}.
   */
  private static String scaledDecimal(double v) {
    double magnitude = Math.abs(v);
    for (int k = 1; k < POWERS_OF_TEN.length; k++) {
      double scaled = magnitude * POWERS_OF_TEN[k];
      if (scaled >= 1e15) {
        return null;
      }
      long m = Math.round(scaled);
      if (m != 0 && m / POWERS_OF_TEN[k] == magnitude) {
        return plainText(v < 0, m, k);
      }
    }
    return null;
  }

  /** {@code m / 10^k} written plain, without trailing zeros: {@code 12345, 3} is {@code 12.345}. */
  private static String plainText(boolean negative, long m, int k) {
    while (m % 10 == 0 && k > 0) {
      m /= 10;
      k--;
    }
    String digits = Long.toString(m);
    StringBuilder b = new StringBuilder(digits.length() + k + 3);
    if (negative) {
      b.append('-');
    }
    int whole = digits.length() - k;
    if (whole <= 0) {
      b.append("0.");
      for (int i = whole; i < 0; i++) {
        b.append('0');
      }
      b.append(digits);
    } else {
      b.append(digits, 0, whole);
      if (k > 0) {
        b.append('.').append(digits, whole, digits.length());
      }
    }
    return b.toString();
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

package org.scopeplus.core.exchange;

import java.math.BigDecimal;
import java.util.regex.Pattern;

/**
 * The decimal strings of PACT v3 ("Basic Types" and the {@code Decimal}, {@code
 * PositiveNonZeroDecimal}, {@code PositiveOrZeroDecimal} and {@code NegativeOrZeroDecimal}
 * schemas): a decimal number written as a JSON string, sign optional, no exponent, no leading or
 * trailing dot. The sign rules are checked on the value, so {@code "0.0"} is zero for every kind.
 */
public enum PactDecimal {
  /** Any decimal. */
  ANY,
  /** Greater than zero. */
  POSITIVE,
  /** Zero or more. */
  POSITIVE_OR_ZERO,
  /** Zero or less. */
  NEGATIVE_OR_ZERO;

  private static final Pattern SYNTAX = Pattern.compile("[+-]?\\d+(\\.\\d+)?");

  /** Longest decimal string accepted; a footprint value has no reason to be longer. */
  static final int MAX_LENGTH = 60;

  /** Null when the text is a decimal of this kind, else the reason it is not. */
  public String refusal(String text) {
    if (text == null || text.length() > MAX_LENGTH || !SYNTAX.matcher(text).matches()) {
      return "must be a decimal written as a string, like \"1.25\" (no exponent, at most "
          + MAX_LENGTH
          + " characters)";
    }
    int sign = new BigDecimal(text).signum();
    return switch (this) {
      case ANY -> null;
      case POSITIVE -> sign > 0 ? null : "must be greater than zero";
      case POSITIVE_OR_ZERO ->
          sign >= 0 && !text.startsWith("-") ? null : "must be zero or more (no minus sign)";
      case NEGATIVE_OR_ZERO -> sign <= 0 && !text.startsWith("+") ? null : "must be zero or less";
    };
  }

  /** The value of a decimal string that passed {@link #refusal}. */
  public static BigDecimal value(String text) {
    return new BigDecimal(text);
  }
}

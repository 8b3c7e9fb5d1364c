package org.scopeplus.core.org;

import java.util.Locale;

/**
 * How a company sets its organisational boundary (GHG Protocol Corporate Standard, chapter 3): 100%
 * of the operations it controls (operationally or financially), or its equity share of each.
 */
public enum ConsolidationApproach {
  OPERATIONAL_CONTROL,
  FINANCIAL_CONTROL,
  EQUITY_SHARE;

  public String label() {
    return name().toLowerCase(Locale.ROOT);
  }

  public static ConsolidationApproach parse(String text) {
    return valueOf(text.strip().toUpperCase(Locale.ROOT).replace('-', '_').replace(' ', '_'));
  }
}

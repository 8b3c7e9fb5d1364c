package org.scopeplus.core.gas;

/**
 * The seven gases (or families) an ISO 14064-1 / GHG Protocol inventory reports separately, plus
 * Montreal Protocol gases reported as memo items, outside the totals.
 */
public enum GasGroup {
  CO2("CO2"),
  CH4("CH4"),
  N2O("N2O"),
  HFCS("HFCs"),
  PFCS("PFCs"),
  SF6("SF6"),
  NF3("NF3"),
  /** A factor published only as CO2e, not split by gas. */
  UNSPECIATED("CO2e_unspeciated"),
  /** Montreal Protocol gases such as HCFC-22: a memo item, never in a total. */
  MONTREAL_MEMO("Montreal_memo");

  private final String key;

  GasGroup(String key) {
    this.key = key;
  }

  /** The key used in reports and JSON output. */
  public String key() {
    return key;
  }

  /** True for gases that count in the inventory totals. */
  public boolean inTotals() {
    return this != MONTREAL_MEMO;
  }
}

package org.scopeplus.core.city;

/** The six sectors of a GPC city inventory (GPC v1.1, chapter 3, "sectors and sub-sectors"). */
public enum GpcSector {
  STATIONARY_ENERGY("I", "Stationary energy"),
  TRANSPORTATION("II", "Transportation"),
  WASTE("III", "Waste"),
  IPPU("IV", "Industrial processes and product use"),
  AFOLU("V", "Agriculture, forestry and other land use"),
  OTHER_SCOPE_3("VI", "Other scope 3");

  private final String numeral;
  private final String title;

  GpcSector(String numeral, String title) {
    this.numeral = numeral;
    this.title = title;
  }

  /** The roman numeral that starts the sector's reference numbers, e.g. {@code II}. */
  public String numeral() {
    return numeral;
  }

  /** The sector's English title as the GPC writes it. */
  public String title() {
    return title;
  }
}

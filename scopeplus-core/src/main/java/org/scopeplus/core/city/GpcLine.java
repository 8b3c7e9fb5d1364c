package org.scopeplus.core.city;

import java.util.Objects;

/**
 * One line of the GPC reporting framework: a reference number with its sector, sub-sector, scope
 * and the totals it counts in.
 *
 * @param reference the GPC reference number, e.g. {@code I.4.4}, {@code IV.1}
 * @param sector the sector
 * @param subsector the sub-sector's English title
 * @param scope 1, 2 or 3 for the city boundary
 * @param counting which totals the line counts in
 * @param description what the line holds, in a few words
 */
public record GpcLine(
    String reference,
    GpcSector sector,
    String subsector,
    int scope,
    GpcCounting counting,
    String description) {
  public GpcLine {
    Objects.requireNonNull(reference, "reference");
    Objects.requireNonNull(sector, "sector");
    Objects.requireNonNull(subsector, "subsector");
    Objects.requireNonNull(counting, "counting");
    Objects.requireNonNull(description, "description");
    if (scope < 1 || scope > 3) {
      throw new IllegalArgumentException("scope must be 1, 2 or 3: " + scope);
    }
  }

  /** True when the line counts in the territorial (scope 1) total. */
  public boolean territorial() {
    return scope == 1;
  }

  /**
   * True when the line may hold a negative amount: only V.2 (land), where removals by forest and
   * other land can exceed emissions (GPC v1.1, chapter 10 on AFOLU: net emissions of land).
   */
  public boolean mayBeNegative() {
    return reference.equals("V.2");
  }
}

package org.scopeplus.core.disclosure;

import java.util.Objects;
import org.scopeplus.core.calculation.ResultLine;
import org.scopeplus.core.calculation.Scope2Method;
import org.scopeplus.core.factor.Citation;
import org.scopeplus.core.quality.ActivityDataTier;

/**
 * What the annual report needs of one result line: where it sits (scope, category, method, gas, org
 * unit, facility), its grams CO2e, how it was calculated and whether it rests on primary data.
 *
 * <p>Primary data follows the GHG Protocol Scope 3 Standard (ch. 7.3): data from specific
 * activities in the company's value chain. A line is primary when its activity amount was measured
 * or invoiced ({@link ActivityDataTier}), or when its factor was supplied for that activity (a
 * supplier-specific factor or a contractual instrument), not taken from a library.
 *
 * @param recordId the activity record
 * @param orgUnit the record's org unit path
 * @param facility the record's facility ("" when none)
 * @param activityType the activity type key
 * @param method the activity type's calculation method (e.g. {@code fuel-based}, {@code
 *     spend-based})
 * @param scope 1, 2 or 3
 * @param category the Scope 3 category 1 to 15, 0 for Scopes 1 and 2
 * @param scope2Method LOCATION or MARKET for Scope 2 lines, NOT_APPLICABLE otherwise
 * @param gas the gas id
 * @param biogenic biogenic CO2, outside the scopes
 * @param inTotals false for biogenic CO2 and Montreal Protocol memo gases
 * @param co2eGrams grams CO2e
 * @param primary true when the line rests on primary data
 * @param factorId the library factor's id, "" when supplied
 * @param factorSource the factor's publication, table and year, "" when supplied
 * @param gasGrams grams of the gas itself (its mass, without the GWP)
 */
public record ReportLine(
    String recordId,
    String orgUnit,
    String facility,
    String activityType,
    String method,
    int scope,
    int category,
    Scope2Method scope2Method,
    String gas,
    boolean biogenic,
    boolean inTotals,
    long co2eGrams,
    boolean primary,
    String factorId,
    String factorSource,
    long gasGrams) {

  public ReportLine {
    Objects.requireNonNull(recordId, "recordId");
    Objects.requireNonNull(orgUnit, "orgUnit");
    Objects.requireNonNull(scope2Method, "scope2Method");
    Objects.requireNonNull(gas, "gas");
    facility = facility == null ? "" : facility;
    activityType = activityType == null ? "" : activityType;
    method = method == null ? "" : method;
    factorId = factorId == null ? "" : factorId;
    factorSource = factorSource == null ? "" : factorSource;
    if (scope < 1 || scope > 3) {
      throw new IllegalArgumentException(recordId + ": scope must be 1, 2 or 3");
    }
    if (scope == 3 ? category < 1 || category > 15 : category != 0) {
      throw new IllegalArgumentException(recordId + ": Scope 3 lines need a category 1-15");
    }
  }

  /** The line of the engine's result line. */
  public static ReportLine of(ResultLine line) {
    var f = line.factor();
    return new ReportLine(
        line.record().id(),
        line.record().orgUnit(),
        line.record().facility(),
        line.type().key(),
        line.type().method(),
        line.type().scope().number(),
        line.type().category(),
        line.method(),
        line.gas().id(),
        line.biogenic(),
        !line.biogenic() && line.gas().group().inTotals(),
        line.co2eGrams(),
        isPrimary(line.record().dataQuality(), f == null),
        f == null ? "" : f.id(),
        f == null ? "" : source(f.citation()),
        line.gasGrams());
  }

  /**
   * The primary-data rule (GHG Protocol Scope 3 Standard, ch. 7.3): measured or invoiced activity
   * data, or a factor supplied for the activity itself.
   */
  public static boolean isPrimary(String dataQuality, boolean factorSupplied) {
    ActivityDataTier tier = ActivityDataTier.of(dataQuality);
    return factorSupplied || tier == ActivityDataTier.MEASURED || tier == ActivityDataTier.INVOICED;
  }

  /** A factor's source in one line: publication, table and year. */
  public static String source(Citation c) {
    StringBuilder b = new StringBuilder(c.publication());
    if (!c.table().isEmpty()) {
      b.append(", ").append(c.table());
    }
    if (!c.year().isEmpty()) {
      b.append(" (").append(c.year()).append(')');
    }
    return b.toString();
  }

  /**
   * Which of the six totals the line adds to: 0 Scope 1, 1 Scope 2 location, 2 Scope 2 market, 3
   * Scope 3, 4 biogenic, 5 memo.
   */
  public int slot() {
    if (biogenic) {
      return 4;
    }
    if (!inTotals) {
      return 5;
    }
    return switch (scope) {
      case 1 -> 0;
      case 2 -> scope2Method == Scope2Method.MARKET ? 2 : 1;
      default -> 3;
    };
  }
}

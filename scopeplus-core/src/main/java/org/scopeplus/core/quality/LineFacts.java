package org.scopeplus.core.quality;

import java.util.Objects;
import org.scopeplus.core.calculation.ResultLine;
import org.scopeplus.core.calculation.Scope2Method;
import org.scopeplus.core.factor.FactorType;
import org.scopeplus.core.factor.Verification;

/**
 * What data-quality scoring and uncertainty defaults need to know about one result line: its place
 * in the inventory, its grams, the record's data-quality label, region and year, and the factor's
 * type, verification, region and year. Built from an engine's {@link ResultLine} or from a stored
 * trace line with its record and factor.
 *
 * @param recordId the activity record
 * @param activityType the activity type key
 * @param scope 1, 2 or 3
 * @param category the Scope 3 category 1 to 15, 0 for Scopes 1 and 2
 * @param method LOCATION or MARKET for Scope 2 lines, NOT_APPLICABLE otherwise
 * @param gas the gas id
 * @param inTotals false for biogenic CO2 and memo gases, which stay outside the scopes
 * @param co2eGrams the line's grams CO2e
 * @param dataQuality the record's data-quality label ("" when not stated)
 * @param recordRegion the record's region code ("" when none)
 * @param recordYear the year the record's period starts in
 * @param factorId the factor's id, "" when the record supplied its own factor or an instrument
 *     applies
 * @param factorType the factor's type, or null when there is no factor from a library
 * @param verification how well the factor was checked, or null when there is none
 * @param factorRegion the factor's region code ("" when none)
 * @param factorYear the factor's data year, 0 when unknown
 */
public record LineFacts(
    String recordId,
    String activityType,
    int scope,
    int category,
    Scope2Method method,
    String gas,
    boolean inTotals,
    long co2eGrams,
    String dataQuality,
    String recordRegion,
    int recordYear,
    String factorId,
    FactorType factorType,
    Verification verification,
    String factorRegion,
    int factorYear) {

  public LineFacts {
    Objects.requireNonNull(recordId, "recordId");
    Objects.requireNonNull(activityType, "activityType");
    Objects.requireNonNull(method, "method");
    Objects.requireNonNull(gas, "gas");
    dataQuality = dataQuality == null ? "" : dataQuality;
    recordRegion = recordRegion == null ? "" : recordRegion;
    factorId = factorId == null ? "" : factorId;
    factorRegion = factorRegion == null ? "" : factorRegion;
  }

  /** The facts of a line the engine made. */
  public static LineFacts of(ResultLine line) {
    var f = line.factor();
    return new LineFacts(
        line.record().id(),
        line.type().key(),
        line.type().scope().number(),
        line.type().category(),
        line.method(),
        line.gas().id(),
        !line.biogenic() && line.gas().group().inTotals(),
        line.co2eGrams(),
        line.record().dataQuality(),
        line.record().region(),
        line.record().period().year(),
        f == null ? "" : f.id(),
        f == null ? null : f.type(),
        f == null ? null : f.citation().verification(),
        f == null ? "" : f.region(),
        f == null ? 0 : factorYear(f.citation().year(), f.validFrom().getYear()));
  }

  /**
   * The data year of a factor: the first four-digit year in its citation's year text (publishers
   * write "2023", "FY2022" or "2021-2022"), else the first year of its validity.
   */
  public static int factorYear(String citationYear, int validFromYear) {
    if (citationYear != null) {
      for (int i = 0; i + 4 <= citationYear.length(); i++) {
        String four = citationYear.substring(i, i + 4);
        if (four.chars().allMatch(Character::isDigit)
            && (i == 0 || !Character.isDigit(citationYear.charAt(i - 1)))
            && (i + 4 == citationYear.length() || !Character.isDigit(citationYear.charAt(i + 4)))) {
          int y = Integer.parseInt(four);
          if (y >= 1900 && y <= 2200) {
            return y;
          }
        }
      }
    }
    return validFromYear;
  }

  /** True when the record supplied the factor (a supplier-specific factor or an instrument). */
  public boolean factorSupplied() {
    return factorType == null;
  }
}

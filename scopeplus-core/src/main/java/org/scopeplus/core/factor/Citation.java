package org.scopeplus.core.factor;

import java.util.Objects;

/**
 * Where a factor comes from, precise enough for a verifier to find the number.
 *
 * @param publication the publication or dataset
 * @param table the table, sheet or row identifier inside it ("" when none)
 * @param year the publication or data year as written by the publisher
 * @param url where to read it
 * @param verification how well the value was checked
 * @param notes caveats that travel with the value ("" when none)
 */
public record Citation(
    String publication,
    String table,
    String year,
    String url,
    Verification verification,
    String notes) {
  public Citation {
    Objects.requireNonNull(publication, "publication");
    table = table == null ? "" : table;
    year = year == null ? "" : year;
    url = url == null ? "" : url;
    Objects.requireNonNull(verification, "verification");
    notes = notes == null ? "" : notes;
  }

  /** One line: publication, table, year and the weakness flag when there is one. */
  public String shortText() {
    StringBuilder b = new StringBuilder(publication);
    if (!table.isEmpty()) {
      b.append(", ").append(table);
    }
    if (!year.isEmpty()) {
      b.append(" (").append(year).append(')');
    }
    if (verification.isWeak()) {
      b.append(" [").append(verification.label()).append(": verify against the primary source]");
    }
    return b.toString();
  }
}

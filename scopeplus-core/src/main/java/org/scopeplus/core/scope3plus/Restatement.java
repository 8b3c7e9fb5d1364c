package org.scopeplus.core.scope3plus;

import java.util.Objects;
import org.scopeplus.core.text.Sentence;

/**
 * A restatement of the Scope 3+ ledger by a new catalog version, recorded with its reason so a
 * verifier sees why a total changed. Two kinds:
 *
 * <ul>
 *   <li>a methodology was <b>withdrawn</b> ({@code newVersion} is ""): the events it had counted no
 *       longer count (their ids stay taken) and the totals are restated without them;
 *   <li>a methodology <b>changed version</b> ({@code newVersion} names the new one): events from
 *       then on count under the new version; the events counted under the earlier one ({@code
 *       events}, {@code grams}) keep the grams they were counted with, since the ledger keeps the
 *       grams of a counted event and not its quantities, and the totals show them apart.
 * </ul>
 *
 * @param fromCatalog the catalog version the events were counted under
 * @param toCatalog the catalog version that withdrew or changed the methodology
 * @param action the action type
 * @param version the methodology version the events were counted under
 * @param reason why it was withdrawn or changed
 * @param events how many counted events the restatement concerns
 * @param grams the grams CO2e they had added
 * @param newVersion the methodology's new version, "" when it was withdrawn
 * @param said the reason's key and arguments when the ledger wrote the reason itself (a change of
 *     version the catalog gives no reason for), so that a page says it in its reader's language;
 *     null for a reason the catalog states
 */
public record Restatement(
    String fromCatalog,
    String toCatalog,
    String action,
    String version,
    String reason,
    long events,
    long grams,
    String newVersion,
    Sentence said) {
  public Restatement {
    Objects.requireNonNull(fromCatalog, "fromCatalog");
    Objects.requireNonNull(toCatalog, "toCatalog");
    Objects.requireNonNull(action, "action");
    Objects.requireNonNull(version, "version");
    Objects.requireNonNull(reason, "reason");
    newVersion = newVersion == null ? "" : newVersion;
  }

  /** A restatement with the catalog's own reason. */
  public Restatement(
      String fromCatalog,
      String toCatalog,
      String action,
      String version,
      String reason,
      long events,
      long grams,
      String newVersion) {
    this(fromCatalog, toCatalog, action, version, reason, events, grams, newVersion, null);
  }

  /** The restatement of a withdrawn methodology. */
  public Restatement(
      String fromCatalog,
      String toCatalog,
      String action,
      String version,
      String reason,
      long events,
      long grams) {
    this(fromCatalog, toCatalog, action, version, reason, events, grams, "", null);
  }

  /** True when the methodology was withdrawn (its events no longer count). */
  public boolean withdrawn() {
    return newVersion.isEmpty();
  }
}

package org.scopeplus.core.scope3plus;

import java.util.Objects;

/**
 * A restatement of the Scope 3+ ledger: a methodology was withdrawn by a new catalog version, so
 * the events it had counted no longer count (their ids stay taken) and the totals are restated
 * without them. Recorded with the reason, so a verifier sees why a total fell.
 *
 * @param fromCatalog the catalog version the events were counted under
 * @param toCatalog the catalog version that withdrew the methodology
 * @param action the withdrawn action type
 * @param version the withdrawn methodology's last version
 * @param reason why it was withdrawn
 * @param events how many counted events the restatement took out
 * @param grams the grams CO2e they had added
 */
public record Restatement(
    String fromCatalog,
    String toCatalog,
    String action,
    String version,
    String reason,
    long events,
    long grams) {
  public Restatement {
    Objects.requireNonNull(fromCatalog, "fromCatalog");
    Objects.requireNonNull(toCatalog, "toCatalog");
    Objects.requireNonNull(action, "action");
    Objects.requireNonNull(version, "version");
    Objects.requireNonNull(reason, "reason");
  }
}

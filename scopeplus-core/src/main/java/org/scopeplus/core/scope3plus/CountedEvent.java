package org.scopeplus.core.scope3plus;

import java.util.Objects;

/**
 * One event as the ledger counted it, read back from the stored log: what it added to every sum, so
 * that a reversal can take exactly that away again.
 *
 * @param eventId the event id
 * @param claim the real-world action it claimed, "" when none
 * @param actor the pseudonymous actor, "" when none or erased
 * @param methodology index of its methodology in the catalog
 * @param programme index of its programme in the ledger
 * @param region index of its region in the ledger
 * @param epochDay its UTC epoch day
 * @param grams grams avoided it added
 * @param points points it credited, in millionths of a point ({@link Points})
 */
public record CountedEvent(
    String eventId,
    String claim,
    String actor,
    int methodology,
    int programme,
    int region,
    int epochDay,
    long grams,
    long points) {
  public CountedEvent {
    Objects.requireNonNull(eventId, "eventId");
    claim = claim == null ? "" : claim;
    actor = actor == null ? "" : actor;
  }
}

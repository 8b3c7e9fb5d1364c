package org.scopeplus.store.exchange;

import org.scopeplus.core.exchange.FootprintKeys;

/**
 * A product footprint as stored: its filter keys, where it came from and its JSON document.
 *
 * @param keys what the filters match
 * @param origin OWN (computed and published by the tenant) or SUPPLIER (received or imported)
 * @param partnerId the partner it came from, or null
 * @param document the footprint as exchanged, JSON
 */
public record StoredFootprint(
    FootprintKeys keys, String origin, String partnerId, String document) {

  /** Own footprints, served to the tenant's PACT clients. */
  public static final String OWN = "OWN";

  /** Footprints received from suppliers or imported from files. */
  public static final String SUPPLIER = "SUPPLIER";
}

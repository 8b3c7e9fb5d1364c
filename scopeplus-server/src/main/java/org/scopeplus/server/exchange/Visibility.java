package org.scopeplus.server.exchange;

import org.scopeplus.store.exchange.PactClient;
import org.scopeplus.store.exchange.StoredFootprint;

/** Which of the tenant's own footprints a PACT client may see: all, or those it was shared. */
final class Visibility {

  private Visibility() {}

  static boolean sees(PactClient client, StoredFootprint f) {
    if (client.sharedProducts().isEmpty()) {
      return true;
    }
    for (String p : f.keys().productIds()) {
      if (client.sharedProducts().contains(p)) {
        return true;
      }
    }
    return false;
  }
}

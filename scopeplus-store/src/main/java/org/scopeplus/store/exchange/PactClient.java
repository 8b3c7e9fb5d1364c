package org.scopeplus.store.exchange;

import java.time.Instant;
import java.util.List;

/**
 * A data recipient allowed to call the tenant's PACT endpoints with OAuth 2.0 client credentials.
 * Only the SHA-256 of its secret is stored.
 *
 * @param ref the row id
 * @param tenantId the tenant whose footprints it may read
 * @param clientId the public client id
 * @param name who it is
 * @param sharedProducts the product ids (lower case) it may see, or empty for every published
 *     footprint of the tenant
 * @param partnerId the partner whose host system takes this client's answers (events), or null
 * @param createdAt when it was registered
 * @param revokedAt when it was revoked, or null
 */
public record PactClient(
    String ref,
    String tenantId,
    String clientId,
    String name,
    List<String> sharedProducts,
    String partnerId,
    Instant createdAt,
    Instant revokedAt) {

  public PactClient {
    sharedProducts = List.copyOf(sharedProducts);
  }

  /** What the audit trail hashes. */
  String state() {
    return "client="
        + clientId
        + "\nname="
        + name
        + "\nshared="
        + String.join(",", sharedProducts)
        + "\npartner="
        + partnerId
        + (revokedAt != null ? "\nrevoked" : "");
  }
}

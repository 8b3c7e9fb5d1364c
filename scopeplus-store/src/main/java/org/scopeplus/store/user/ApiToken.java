package org.scopeplus.store.user;

import java.time.Instant;

/**
 * An API token for a machine client. Only the token's SHA-256 is stored; the secret is shown once.
 *
 * @param id its id
 * @param tenantId the tenant
 * @param userId the user it acts as
 * @param name what it is for
 * @param createdAt when it was made
 * @param revokedAt when it was revoked, or null while it is valid
 */
public record ApiToken(
    String id, String tenantId, String userId, String name, Instant createdAt, Instant revokedAt) {
  public boolean revoked() {
    return revokedAt != null;
  }

  /** What the audit trail hashes. */
  public String state() {
    return "name=" + name + "\nuser=" + userId + (revoked() ? "\nrevoked" : "");
  }
}

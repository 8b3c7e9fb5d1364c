package org.scopeplus.store.exchange;

import java.time.Instant;

/**
 * A trading partner's PACT host system the tenant calls: a supplier it collects footprints from, or
 * a customer it sends answers to. Its client secret is kept because it has to be sent; it is never
 * shown again after registration.
 *
 * @param id the partner's id
 * @param tenantId the tenant
 * @param name the partner's name
 * @param baseUrl the base URL of its PACT actions ({@code <baseUrl>/3/footprints})
 * @param authBaseUrl the base URL of its authentication ({@code <authBaseUrl>/auth/token})
 * @param clientId the client id the partner issued to the tenant
 * @param clientSecret the client secret the partner issued to the tenant
 * @param certificateSha256 the SHA-256 of its TLS certificate when self-signed (lower-case hex), or
 *     "" to trust the usual certificate authorities
 * @param createdAt when it was registered
 */
public record Partner(
    String id,
    String tenantId,
    String name,
    String baseUrl,
    String authBaseUrl,
    String clientId,
    String clientSecret,
    String certificateSha256,
    Instant createdAt) {

  @Override
  public String toString() {
    return "Partner[" + name + ", " + baseUrl + "]";
  }
}

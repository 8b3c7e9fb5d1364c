package org.scopeplus.store.factor;

import java.time.Instant;

/**
 * A tenant's factor library version. A version never changes; a new version is a new library.
 *
 * @param id its id
 * @param tenantId the tenant
 * @param name the library's name
 * @param version its version label
 * @param fileName the CSV it came from
 * @param sha256 hex SHA-256 of that file
 * @param factors how many factors it holds
 * @param createdBy who uploaded it
 * @param createdAt when
 */
public record StoredFactorLibrary(
    String id,
    String tenantId,
    String name,
    String version,
    String fileName,
    String sha256,
    int factors,
    String createdBy,
    Instant createdAt) {

  /** This library with its content hashing to {@code sha256}. */
  public StoredFactorLibrary withSha256(String sha256) {
    return new StoredFactorLibrary(
        id, tenantId, name, version, fileName, sha256, factors, createdBy, createdAt);
  }

  public String state() {
    return "name=" + name + "\nversion=" + version + "\nsha256=" + sha256 + "\nfactors=" + factors;
  }
}

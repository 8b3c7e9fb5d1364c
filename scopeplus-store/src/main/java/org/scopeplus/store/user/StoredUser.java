package org.scopeplus.store.user;

import java.util.List;
import org.scopeplus.store.Sha256;

/**
 * A local user.
 *
 * @param id its id
 * @param tenantId its tenant
 * @param username unique within the tenant
 * @param passwordHash the password's hash (never the password)
 * @param role its role
 * @param orgUnits for a data owner, the org-unit paths they may write in
 * @param enabled false when the user may no longer log in
 */
public record StoredUser(
    String id,
    String tenantId,
    String username,
    String passwordHash,
    Role role,
    List<String> orgUnits,
    boolean enabled) {
  public StoredUser {
    orgUnits = orgUnits.stream().sorted().toList();
  }

  /** This user with another password hash, role, org units or enabled flag. */
  StoredUser with(String passwordHash, Role role, List<String> orgUnits, boolean enabled) {
    return new StoredUser(id, tenantId, username, passwordHash, role, orgUnits, enabled);
  }

  /**
   * What the audit trail hashes: everything but the password hash itself, of which it holds only a
   * SHA-256, so a hash replaced in the database no longer matches.
   */
  public String state() {
    return "username="
        + username
        + "\nrole="
        + role.label()
        + "\norg_units="
        + String.join("|", orgUnits)
        + "\nenabled="
        + enabled
        + "\npassword_sha256="
        + Sha256.of(passwordHash);
  }
}

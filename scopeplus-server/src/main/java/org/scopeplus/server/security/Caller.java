package org.scopeplus.server.security;

import java.util.List;
import org.scopeplus.core.org.OrgStructure;
import org.scopeplus.store.user.Role;
import org.scopeplus.store.user.StoredUser;

/**
 * The authenticated caller: a user of one tenant with one role. Every request works within {@link
 * #tenantId()}.
 *
 * @param userId the user
 * @param tenantId the tenant
 * @param username the user's name, recorded as the actor of changes
 * @param role the role
 * @param orgUnits a data owner's org units
 */
public record Caller(
    String userId, String tenantId, String username, Role role, List<String> orgUnits) {

  public Caller {
    orgUnits = List.copyOf(orgUnits);
  }

  /** The stored user as the caller. */
  public static Caller of(StoredUser u) {
    return new Caller(u.id(), u.tenantId(), u.username(), u.role(), u.orgUnits());
  }

  /** True when the caller administers the tenant: users, tokens, org units, the base year. */
  public boolean administers() {
    return role == Role.ADMIN;
  }

  /** True when the caller reads the audit trail and runs its check. */
  public boolean readsAudit() {
    return role == Role.ADMIN || role == Role.VERIFIER;
  }

  /** True when the caller may change data at all. */
  public boolean writes() {
    return role == Role.ADMIN || role == Role.DATA_OWNER;
  }

  /** True when the caller may read traces and evidence. */
  public boolean readsTraces() {
    return role != Role.VIEWER;
  }

  /** True when the caller may write in the org unit at this path. */
  public boolean mayWriteIn(String orgUnitPath) {
    if (role == Role.ADMIN) {
      return true;
    }
    if (role != Role.DATA_OWNER) {
      return false;
    }
    String p = OrgStructure.normalise(orgUnitPath);
    for (String unit : orgUnits) {
      String u = OrgStructure.normalise(unit);
      if (p.equals(u) || p.startsWith(u + "/")) {
        return true;
      }
    }
    return false;
  }
}

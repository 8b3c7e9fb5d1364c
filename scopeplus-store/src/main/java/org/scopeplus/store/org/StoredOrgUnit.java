package org.scopeplus.store.org;

import org.scopeplus.core.org.OrgUnit;

/**
 * An org unit of a tenant's tree: its path names its place ({@code Group/Cloud/DC-HZ}).
 *
 * @param id its id
 * @param tenantId the tenant
 * @param unit path, ownership share and control
 */
public record StoredOrgUnit(String id, String tenantId, OrgUnit unit) {

  /** What the audit trail hashes. */
  public String state() {
    return "path="
        + unit.path()
        + "\nequity_share="
        + unit.equityShare()
        + "\noperational_control="
        + unit.operationalControl()
        + "\nfinancial_control="
        + unit.financialControl();
  }
}

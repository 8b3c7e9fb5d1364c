package org.scopeplus.store.org;

/**
 * A site where activity happens: a data centre, warehouse, store or office.
 *
 * @param id its id
 * @param tenantId the tenant
 * @param name its name, as activity records write it in the facility column
 * @param orgUnitPath the org unit it belongs to
 * @param region its region code (drives grid factors)
 */
public record Facility(String id, String tenantId, String name, String orgUnitPath, String region) {
  public String state() {
    return "name=" + name + "\norg_unit=" + orgUnitPath + "\nregion=" + region;
  }
}

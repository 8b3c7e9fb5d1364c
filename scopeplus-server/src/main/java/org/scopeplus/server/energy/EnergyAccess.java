package org.scopeplus.server.energy;

import org.scopeplus.core.energy.EnergySite;
import org.scopeplus.server.api.ApiProblem;
import org.scopeplus.server.security.Caller;

/**
 * Who may change a site's things: an admin, or a data owner whose org units hold the site's; the
 * verifier and the viewer read only. Every role of the tenant reads.
 */
final class EnergyAccess {

  private EnergyAccess() {}

  static void writesIn(Caller c, String orgUnit) {
    if (!c.writes()) {
      throw ApiProblem.forbidden("a " + c.role().label() + " reads but does not write");
    }
    if (!c.mayWriteIn(orgUnit)) {
      throw ApiProblem.forbidden(
          "org unit " + orgUnit + " is outside the org units you may write in");
    }
  }

  static void writesAt(Caller c, EnergySite site) {
    writesIn(c, site.orgUnit());
  }
}

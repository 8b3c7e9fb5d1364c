package org.scopeplus.core.org;

import java.util.Objects;

/**
 * A node of the organisation: a business unit, subsidiary, joint venture or site.
 *
 * @param path its path from the top, levels separated by {@code /}, e.g. {@code Group/Cloud/DC-HZ}
 * @param equityShare the parent's ownership share of this unit, 0 to 1
 * @param operationalControl whether the parent has operational control of it
 * @param financialControl whether the parent has financial control of it
 */
public record OrgUnit(
    String path, double equityShare, boolean operationalControl, boolean financialControl) {
  public OrgUnit {
    Objects.requireNonNull(path, "path");
    if (!(equityShare >= 0 && equityShare <= 1)) {
      throw new IllegalArgumentException(path + ": equity share must be between 0 and 1");
    }
  }
}

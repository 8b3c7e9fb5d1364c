package org.scopeplus.core.calculation;

import java.util.Objects;
import org.scopeplus.core.gas.GwpSet;
import org.scopeplus.core.org.ConsolidationApproach;
import org.scopeplus.core.org.OrgStructure;

/**
 * The choices a run is made with.
 *
 * @param gwpSet the GWP set for every gas of the run
 * @param consolidation the consolidation approach
 * @param orgStructure ownership and control of the org units
 */
public record CalculationOptions(
    GwpSet gwpSet, ConsolidationApproach consolidation, OrgStructure orgStructure) {
  public CalculationOptions {
    Objects.requireNonNull(gwpSet, "gwpSet");
    Objects.requireNonNull(consolidation, "consolidation");
    Objects.requireNonNull(orgStructure, "orgStructure");
  }

  /** AR5, operational control, every unit wholly owned. */
  public static CalculationOptions defaults() {
    return new CalculationOptions(
        GwpSet.DEFAULT, ConsolidationApproach.OPERATIONAL_CONTROL, OrgStructure.whollyOwned());
  }

  public CalculationOptions withGwpSet(GwpSet set) {
    return new CalculationOptions(set, consolidation, orgStructure);
  }

  public CalculationOptions withConsolidation(
      ConsolidationApproach approach, OrgStructure structure) {
    return new CalculationOptions(gwpSet, approach, structure);
  }
}

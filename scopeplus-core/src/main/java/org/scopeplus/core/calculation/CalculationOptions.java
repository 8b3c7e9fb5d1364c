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
 * @param claims the contractual instruments allocated to facilities' electricity, which
 *     market-based Scope 2 applies first ({@link ContractualClaims#NONE} when the run has none)
 */
public record CalculationOptions(
    GwpSet gwpSet,
    ConsolidationApproach consolidation,
    OrgStructure orgStructure,
    ContractualClaims claims) {
  public CalculationOptions {
    Objects.requireNonNull(gwpSet, "gwpSet");
    Objects.requireNonNull(consolidation, "consolidation");
    Objects.requireNonNull(orgStructure, "orgStructure");
    Objects.requireNonNull(claims, "claims");
  }

  /** Options without contractual instruments. */
  public CalculationOptions(
      GwpSet gwpSet, ConsolidationApproach consolidation, OrgStructure orgStructure) {
    this(gwpSet, consolidation, orgStructure, ContractualClaims.NONE);
  }

  /** AR5, operational control, every unit wholly owned. */
  public static CalculationOptions defaults() {
    return new CalculationOptions(
        GwpSet.DEFAULT, ConsolidationApproach.OPERATIONAL_CONTROL, OrgStructure.whollyOwned());
  }

  public CalculationOptions withGwpSet(GwpSet set) {
    return new CalculationOptions(set, consolidation, orgStructure, claims);
  }

  public CalculationOptions withConsolidation(
      ConsolidationApproach approach, OrgStructure structure) {
    return new CalculationOptions(gwpSet, approach, structure, claims);
  }

  /** The same options with the instruments allocated in a registry. */
  public CalculationOptions withClaims(ContractualClaims allocated) {
    return new CalculationOptions(gwpSet, consolidation, orgStructure, allocated);
  }
}

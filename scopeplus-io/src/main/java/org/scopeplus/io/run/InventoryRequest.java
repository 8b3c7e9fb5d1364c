package org.scopeplus.io.run;

import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import org.scopeplus.core.calculation.ContractualClaims;
import org.scopeplus.core.gas.GwpSet;
import org.scopeplus.core.org.ConsolidationApproach;

/**
 * What to calculate: activity files, the user's factor libraries, org structure and metrics, and
 * the options.
 *
 * @param activityFiles CSV or XLSX activity files
 * @param factorFiles user factor libraries, tried before the built-in ones
 * @param orgFile the org structure, or null (every unit wholly owned and controlled)
 * @param metricsFile intensity denominators, or null
 * @param gwpSet the GWP set
 * @param consolidation the consolidation approach
 * @param year only records whose period starts in this year, or 0 for all
 * @param keepLines keep every result line for the trace
 * @param footprintsFile suppliers' PACT footprints (a PACT JSON document) that records naming a
 *     supplier product take as their factor, or null
 * @param claims the contractual instruments an instrument registry allocated to the facilities'
 *     electricity, which market-based Scope 2 applies first ({@link ContractualClaims#NONE} without
 *     a registry)
 */
public record InventoryRequest(
    List<Path> activityFiles,
    List<Path> factorFiles,
    Path orgFile,
    Path metricsFile,
    GwpSet gwpSet,
    ConsolidationApproach consolidation,
    int year,
    boolean keepLines,
    Path footprintsFile,
    ContractualClaims claims) {
  public InventoryRequest {
    activityFiles = List.copyOf(activityFiles);
    factorFiles = List.copyOf(factorFiles);
    Objects.requireNonNull(gwpSet, "gwpSet");
    Objects.requireNonNull(consolidation, "consolidation");
    Objects.requireNonNull(claims, "claims");
  }

  /** A request without an instrument registry. */
  public InventoryRequest(
      List<Path> activityFiles,
      List<Path> factorFiles,
      Path orgFile,
      Path metricsFile,
      GwpSet gwpSet,
      ConsolidationApproach consolidation,
      int year,
      boolean keepLines,
      Path footprintsFile) {
    this(
        activityFiles,
        factorFiles,
        orgFile,
        metricsFile,
        gwpSet,
        consolidation,
        year,
        keepLines,
        footprintsFile,
        ContractualClaims.NONE);
  }

  /** A request without suppliers' footprints. */
  public InventoryRequest(
      List<Path> activityFiles,
      List<Path> factorFiles,
      Path orgFile,
      Path metricsFile,
      GwpSet gwpSet,
      ConsolidationApproach consolidation,
      int year,
      boolean keepLines) {
    this(
        activityFiles,
        factorFiles,
        orgFile,
        metricsFile,
        gwpSet,
        consolidation,
        year,
        keepLines,
        null);
  }

  /** The same request with suppliers' footprints from a PACT JSON document. */
  public InventoryRequest withFootprints(Path file) {
    return new InventoryRequest(
        activityFiles,
        factorFiles,
        orgFile,
        metricsFile,
        gwpSet,
        consolidation,
        year,
        keepLines,
        file,
        claims);
  }

  /**
   * The same request with the allocations of an instrument registry: only they claim, never a
   * record's own {@code instrument} column ({@link ContractualClaims#ofRegistry}).
   */
  public InventoryRequest withClaims(ContractualClaims allocated) {
    return new InventoryRequest(
        activityFiles,
        factorFiles,
        orgFile,
        metricsFile,
        gwpSet,
        consolidation,
        year,
        keepLines,
        footprintsFile,
        allocated.ofRegistry());
  }

  /** Activity files only, with the default options (AR5, operational control, all years). */
  public static InventoryRequest of(List<Path> activityFiles) {
    return new InventoryRequest(
        activityFiles,
        List.of(),
        null,
        null,
        GwpSet.DEFAULT,
        ConsolidationApproach.OPERATIONAL_CONTROL,
        0,
        false);
  }
}

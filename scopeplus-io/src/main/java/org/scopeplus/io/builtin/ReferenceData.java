package org.scopeplus.io.builtin;

import java.util.List;
import org.scopeplus.core.activity.ActivityCatalog;
import org.scopeplus.core.calculation.CalculationEngine;
import org.scopeplus.core.calculation.CalculationOptions;
import org.scopeplus.core.calculation.SupplierFootprints;
import org.scopeplus.core.factor.FactorLibrary;
import org.scopeplus.core.factor.FactorResolver;
import org.scopeplus.core.factor.RegionHierarchy;
import org.scopeplus.core.gas.GwpTable;
import org.scopeplus.core.spend.SpendTables;

/**
 * The reference data a calculation needs: gases and GWPs, regions, the activity catalog, the factor
 * libraries in priority order, and the exchange rates and price indices spend is converted with.
 */
public record ReferenceData(
    GwpTable gwps,
    RegionHierarchy regions,
    ActivityCatalog catalog,
    List<FactorLibrary> libraries,
    SpendTables spend) {

  public ReferenceData {
    libraries = List.copyOf(libraries);
    java.util.Objects.requireNonNull(spend, "spend");
  }

  /** Reference data without spend tables: spend must be in the factor's currency. */
  public ReferenceData(
      GwpTable gwps,
      RegionHierarchy regions,
      ActivityCatalog catalog,
      List<FactorLibrary> libraries) {
    this(gwps, regions, catalog, libraries, SpendTables.NONE);
  }

  /** The same data with other exchange rates and price indices (a user's own files). */
  public ReferenceData withSpendTables(SpendTables tables) {
    return new ReferenceData(gwps, regions, catalog, libraries, tables);
  }

  /** The same data with user libraries placed before the built-in ones. */
  public ReferenceData withUserLibraries(List<FactorLibrary> user) {
    List<FactorLibrary> all = new java.util.ArrayList<>(user);
    all.addAll(libraries);
    return new ReferenceData(gwps, regions, catalog, all, spend);
  }

  /** The same data with another catalog (the built-in one and the types user libraries declare). */
  public ReferenceData withCatalog(ActivityCatalog declared) {
    return new ReferenceData(gwps, regions, declared, libraries, spend);
  }

  /** An engine over this data, resolving factors through its libraries and regions. */
  public CalculationEngine engine(CalculationOptions options) {
    return new CalculationEngine(
        catalog, new FactorResolver(libraries, regions), gwps, options, spend);
  }

  /** An engine over this data whose records may name suppliers' products with these footprints. */
  public CalculationEngine engine(CalculationOptions options, SupplierFootprints footprints) {
    return new CalculationEngine(
        catalog, new FactorResolver(libraries, regions), gwps, options, footprints, spend);
  }
}

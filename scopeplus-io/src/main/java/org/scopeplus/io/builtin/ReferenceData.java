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

/**
 * The reference data a calculation needs: gases and GWPs, regions, the activity catalog and the
 * factor libraries, in priority order.
 */
public record ReferenceData(
    GwpTable gwps,
    RegionHierarchy regions,
    ActivityCatalog catalog,
    List<FactorLibrary> libraries) {

  public ReferenceData {
    libraries = List.copyOf(libraries);
  }

  /** The same data with user libraries placed before the built-in ones. */
  public ReferenceData withUserLibraries(List<FactorLibrary> user) {
    List<FactorLibrary> all = new java.util.ArrayList<>(user);
    all.addAll(libraries);
    return new ReferenceData(gwps, regions, catalog, all);
  }

  /** The same data with another catalog (the built-in one and the types user libraries declare). */
  public ReferenceData withCatalog(ActivityCatalog declared) {
    return new ReferenceData(gwps, regions, declared, libraries);
  }

  /** An engine over this data, resolving factors through its libraries and regions. */
  public CalculationEngine engine(CalculationOptions options) {
    return new CalculationEngine(catalog, new FactorResolver(libraries, regions), gwps, options);
  }

  /** An engine over this data whose records may name suppliers' products with these footprints. */
  public CalculationEngine engine(CalculationOptions options, SupplierFootprints footprints) {
    return new CalculationEngine(
        catalog, new FactorResolver(libraries, regions), gwps, options, footprints);
  }
}

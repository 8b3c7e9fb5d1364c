package org.scopeplus.io.scope3plus;

import java.util.LinkedHashMap;
import java.util.Map;
import org.scopeplus.core.factor.EmissionFactor;
import org.scopeplus.core.factor.FactorLibrary;
import org.scopeplus.core.factor.FactorType;
import org.scopeplus.core.factor.GasRate;
import org.scopeplus.core.scope3plus.Parameter;
import org.scopeplus.io.builtin.BuiltInReferenceData;

/**
 * The location-based grid factors of China (the MEE/NBS national and provincial averages) of the
 * built-in factor library, as Scope 3+ parameters keyed by factor id, so that a methodology charges
 * the electricity of a metro or a train at the grid factor of the event's province and year without
 * copying the library's values. Each keeps the library row's region, year and citation. China's
 * regional grids ({@code CN-GRID-*}) are left out: an event names its province, not its grid.
 */
final class GridFactorParameters {

  /** The unit of every parameter made here. */
  static final String UNIT = "kg CO2/kWh";

  private GridFactorParameters() {}

  /** The grid factors of China and its provinces in the built-in library, by factor id. */
  static Map<String, Parameter> ofChina() {
    Map<String, Parameter> out = new LinkedHashMap<>();
    for (FactorLibrary library : BuiltInReferenceData.load().libraries()) {
      if (!library.name().equals(BuiltInReferenceData.LIBRARY_NAME)) {
        continue;
      }
      for (EmissionFactor f : library.factors()) {
        if (f.activityKey().equals("grid.location")
            && f.type() == FactorType.GRID_AVERAGE
            && f.perUnit().symbol().equals("kWh")
            && f.rates().size() == 1
            && f.rates().get(0).gasId().equals("CO2")
            && isChinaOrProvince(f.region())) {
          GasRate rate = f.rates().get(0);
          out.put(f.id(), new Parameter(f.id(), rate.kgPerUnit(), UNIT, f.citation(), f.region()));
        }
      }
    }
    return out;
  }

  private static boolean isChinaOrProvince(String region) {
    return region.equals("CN") || (region.length() == 5 && region.startsWith("CN-"));
  }
}

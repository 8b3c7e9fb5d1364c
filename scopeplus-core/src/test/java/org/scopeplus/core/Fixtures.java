package org.scopeplus.core;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import org.scopeplus.core.activity.ActivityCatalog;
import org.scopeplus.core.activity.ActivityType;
import org.scopeplus.core.activity.Scope;
import org.scopeplus.core.activity.SubstanceRule;
import org.scopeplus.core.calculation.CalculationEngine;
import org.scopeplus.core.calculation.CalculationOptions;
import org.scopeplus.core.calculation.SupplierFootprints;
import org.scopeplus.core.factor.CalorificBasis;
import org.scopeplus.core.factor.Citation;
import org.scopeplus.core.factor.EmissionFactor;
import org.scopeplus.core.factor.FactorLibrary;
import org.scopeplus.core.factor.FactorResolver;
import org.scopeplus.core.factor.FactorType;
import org.scopeplus.core.factor.GasRate;
import org.scopeplus.core.factor.RegionHierarchy;
import org.scopeplus.core.factor.Verification;
import org.scopeplus.core.gas.BlendComponent;
import org.scopeplus.core.gas.Gas;
import org.scopeplus.core.gas.GasGroup;
import org.scopeplus.core.gas.GlobalWarmingPotential;
import org.scopeplus.core.gas.GwpSet;
import org.scopeplus.core.gas.GwpTable;
import org.scopeplus.core.gas.Origin;
import org.scopeplus.core.gas.RefrigerantBlend;
import org.scopeplus.core.quantity.QuantityKind;
import org.scopeplus.core.quantity.UnitSymbols;

/**
 * Reference values typed from ../shared/reference-data (gwp.csv,
 * ipcc2006_stationary_combustion.csv, grid_factors.csv), so core tests run without the io module.
 * Each value names its source.
 */
public final class Fixtures {
  private Fixtures() {}

  /** GWP100 values from gwp.csv: IPCC AR4 Table 2.14, AR5 Table 8.A.1, AR6 Table 7.SM.7 / 7.15. */
  public static GwpTable gwps() {
    GwpTable.Builder b = GwpTable.builder();
    gas(b, "CO2", GasGroup.CO2, 1, 1, 1);
    gas(b, "CH4", GasGroup.CH4, 25, 28, 27.9);
    b.gas(new Gas("CH4_fossil", "Methane, fossil", GasGroup.CH4));
    b.gwp("CH4_fossil", GwpSet.AR6, new GlobalWarmingPotential(29.8, "AR6 Table 7.15", false));
    b.gas(new Gas("CH4_non_fossil", "Methane, non-fossil", GasGroup.CH4));
    b.gwp("CH4_non_fossil", GwpSet.AR6, new GlobalWarmingPotential(27.0, "AR6 Table 7.15", false));
    gas(b, "N2O", GasGroup.N2O, 298, 265, 273);
    gas(b, "SF6", GasGroup.SF6, 22800, 23500, 25200);
    gas(b, "HFC-32", GasGroup.HFCS, 675, 677, 771);
    gas(b, "HFC-125", GasGroup.HFCS, 3500, 3170, 3740);
    gas(b, "HFC-134a", GasGroup.HFCS, 1430, 1300, 1530);
    gas(b, "HFC-143a", GasGroup.HFCS, 4470, 4800, 5810);
    gas(b, "HCFC-22", GasGroup.MONTREAL_MEMO, 1810, 1760, 1960);
    String ashrae = "ASHRAE 34 composition";
    b.blend(
        new RefrigerantBlend(
            "R-404A",
            List.of(
                new BlendComponent("HFC-125", 0.44),
                new BlendComponent("HFC-143a", 0.52),
                new BlendComponent("HFC-134a", 0.04)),
            ashrae),
        "R-404A");
    b.blend(
        new RefrigerantBlend(
            "R-407C",
            List.of(
                new BlendComponent("HFC-32", 0.23),
                new BlendComponent("HFC-125", 0.25),
                new BlendComponent("HFC-134a", 0.52)),
            ashrae),
        "R-407C");
    b.blend(
        new RefrigerantBlend(
            "R-410A",
            List.of(new BlendComponent("HFC-32", 0.5), new BlendComponent("HFC-125", 0.5)),
            ashrae),
        "R-410A");
    b.blend(
        new RefrigerantBlend(
            "R-507A",
            List.of(new BlendComponent("HFC-125", 0.5), new BlendComponent("HFC-143a", 0.5)),
            ashrae),
        "R-507A");
    return b.build();
  }

  private static void gas(
      GwpTable.Builder b, String id, GasGroup group, double ar4, double ar5, double ar6) {
    b.gas(new Gas(id, id, group));
    b.gwp(id, GwpSet.AR4, new GlobalWarmingPotential(ar4, "AR4 Table 2.14", false));
    b.gwp(id, GwpSet.AR5, new GlobalWarmingPotential(ar5, "AR5 Table 8.A.1", false));
    b.gwp(id, GwpSet.AR6, new GlobalWarmingPotential(ar6, "AR6 Table 7.SM.7", false));
  }

  public static Citation citation(String publication) {
    return new Citation(publication, "", "", "", Verification.PUBLISHED, "");
  }

  /** A factor valid over whole years, fossil, with rates as gas/kg-per-unit pairs. */
  public static EmissionFactor factor(
      String id,
      String key,
      String region,
      int fromYear,
      int toYear,
      String perUnit,
      FactorType type,
      Object... gasKg) {
    return fuel(
        id,
        key,
        region,
        fromYear,
        toYear,
        perUnit,
        type,
        Origin.FOSSIL,
        Double.NaN,
        Double.NaN,
        gasKg);
  }

  public static EmissionFactor fuel(
      String id,
      String key,
      String region,
      int fromYear,
      int toYear,
      String perUnit,
      FactorType type,
      Origin origin,
      double ncv,
      double density,
      Object... gasKg) {
    List<GasRate> rates = new ArrayList<>();
    for (int i = 0; i < gasKg.length; i += 2) {
      rates.add(new GasRate((String) gasKg[i], ((Number) gasKg[i + 1]).doubleValue()));
    }
    return new EmissionFactor(
        id,
        key,
        region,
        LocalDate.of(fromYear, 1, 1),
        LocalDate.of(toYear, 12, 31),
        rates,
        UnitSymbols.of(perUnit),
        type,
        // IPCC defaults are net; a grid or freight factor has no calorific basis
        type == FactorType.DIRECT_COMBUSTION
                && UnitSymbols.of(perUnit).kind() == org.scopeplus.core.quantity.QuantityKind.ENERGY
            ? CalorificBasis.NET
            : CalorificBasis.NOT_APPLICABLE,
        origin,
        ncv,
        density,
        Double.NaN,
        null,
        citation(id));
  }

  public static ActivityType type(
      String key, int scope, int category, String factorKey, QuantityKind... kinds) {
    return new ActivityType(
        key,
        Scope.of(scope),
        category,
        "test",
        EnumSet.of(kinds[0], kinds),
        List.of(factorKey.split("\\|")),
        List.of(),
        SubstanceRule.NONE,
        1,
        false,
        "");
  }

  public static ActivityType electricity(String key, String locationKeys, String marketKeys) {
    return new ActivityType(
        key,
        Scope.SCOPE_2,
        0,
        "location and market",
        EnumSet.of(QuantityKind.ENERGY),
        List.of(locationKeys.split("\\|")),
        List.of(marketKeys.split("\\|")),
        SubstanceRule.NONE,
        1,
        false,
        "");
  }

  public static ActivityType release(
      String key, String factorKey, int sign, boolean negativeAllowed) {
    return new ActivityType(
        key,
        Scope.SCOPE_1,
        0,
        "mass-balance",
        EnumSet.of(QuantityKind.MASS),
        List.of(factorKey),
        List.of(),
        SubstanceRule.REQUIRED,
        sign,
        negativeAllowed,
        "");
  }

  public static CalculationEngine engine(
      List<ActivityType> types, List<EmissionFactor> factors, CalculationOptions options) {
    return engine(types, factors, options, SupplierFootprints.NONE);
  }

  /** An engine whose records may name supplier products with these footprints. */
  public static CalculationEngine engine(
      List<ActivityType> types,
      List<EmissionFactor> factors,
      CalculationOptions options,
      SupplierFootprints footprints) {
    FactorLibrary library = new FactorLibrary("test", "1", "0", factors);
    RegionHierarchy regions =
        RegionHierarchy.of(
            Map.of("CN-GD", "CN-GRID-SOUTH", "CN-GRID-SOUTH", "CN"),
            Map.of("CN", "China", "GB", "United Kingdom"));
    return new CalculationEngine(
        ActivityCatalog.of(types),
        new FactorResolver(List.of(library), regions),
        gwps(),
        options,
        footprints);
  }
}

package org.scopeplus.core.city;

import static org.scopeplus.core.city.GpcCounting.BASIC;
import static org.scopeplus.core.city.GpcCounting.BASIC_PLUS;
import static org.scopeplus.core.city.GpcCounting.OTHER_SCOPE_3;
import static org.scopeplus.core.city.GpcCounting.TERRITORIAL_ONLY;
import static org.scopeplus.core.city.GpcSector.AFOLU;
import static org.scopeplus.core.city.GpcSector.IPPU;
import static org.scopeplus.core.city.GpcSector.STATIONARY_ENERGY;
import static org.scopeplus.core.city.GpcSector.TRANSPORTATION;
import static org.scopeplus.core.city.GpcSector.WASTE;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The 53 lines of the GPC v1.1 reporting framework, in the standard's order.
 *
 * <p>Source: Global Protocol for Community-Scale Greenhouse Gas Inventories v1.1 (WRI, C40, ICLEI,
 * 2021), chapter 3 (sectors, sub-sectors and scopes) and chapter 4 "Reporting requirements" (the
 * reporting table by reference number: which lines are BASIC, which only BASIC+, which are scope 1
 * only). The rules written here:
 *
 * <ul>
 *   <li>Stationary energy (I): scope 1 and 2 are BASIC; scope 3 (transmission and distribution
 *       losses of grid energy) is BASIC+; I.4.4, energy generation supplied to the grid, is scope 1
 *       reported in the territorial total only; fugitive emissions I.7.1 and I.8.1 are BASIC.
 *   <li>Transportation (II): scope 1 and 2 are BASIC; scope 3 (the out-of-boundary part of
 *       transboundary journeys) is BASIC+; off-road (II.5) has no scope 3.
 *   <li>Waste (III): waste generated in the city, treated inside (III.x.1, scope 1) or outside
 *       (III.x.2, scope 3), is BASIC; waste generated outside and treated inside (III.x.3, scope 1)
 *       counts in the territorial total only.
 *   <li>IPPU (IV) and AFOLU (V): scope 1, BASIC+.
 *   <li>Other scope 3 (VI.1): reported, in neither level.
 * </ul>
 */
public final class GpcFramework {

  private static final List<GpcLine> LINES;
  private static final Map<String, GpcLine> BY_REFERENCE;

  static {
    List<GpcLine> l = new ArrayList<>();
    energy(l, "I.1", "Residential buildings");
    energy(l, "I.2", "Commercial and institutional buildings and facilities");
    energy(l, "I.3", "Manufacturing industries and construction");
    energy(l, "I.4", "Energy industries");
    l.add(
        new GpcLine(
            "I.4.4",
            STATIONARY_ENERGY,
            "Energy industries",
            1,
            TERRITORIAL_ONLY,
            "energy generation supplied to the grid"));
    energy(l, "I.5", "Agriculture, forestry and fishing activities");
    energy(l, "I.6", "Non-specified sources");
    l.add(
        new GpcLine(
            "I.7.1",
            STATIONARY_ENERGY,
            "Fugitive emissions from mining, processing, storage and transportation of coal",
            1,
            BASIC,
            "fugitive emissions within the city boundary"));
    l.add(
        new GpcLine(
            "I.8.1",
            STATIONARY_ENERGY,
            "Fugitive emissions from oil and natural gas systems",
            1,
            BASIC,
            "fugitive emissions within the city boundary"));
    transport(l, "II.1", "On-road transportation", true);
    transport(l, "II.2", "Railways", true);
    transport(l, "II.3", "Waterborne navigation", true);
    transport(l, "II.4", "Aviation", true);
    transport(l, "II.5", "Off-road transportation", false);
    waste(l, "III.1", "Solid waste disposal");
    waste(l, "III.2", "Biological treatment of waste");
    waste(l, "III.3", "Incineration and open burning");
    waste(l, "III.4", "Wastewater treatment and discharge");
    l.add(new GpcLine("IV.1", IPPU, "Industrial processes", 1, BASIC_PLUS, "in the city"));
    l.add(new GpcLine("IV.2", IPPU, "Product use", 1, BASIC_PLUS, "in the city"));
    l.add(new GpcLine("V.1", AFOLU, "Livestock", 1, BASIC_PLUS, "in the city"));
    l.add(new GpcLine("V.2", AFOLU, "Land", 1, BASIC_PLUS, "net, in the city"));
    l.add(
        new GpcLine(
            "V.3",
            AFOLU,
            "Aggregate sources and non-CO2 emission sources on land",
            1,
            BASIC_PLUS,
            "in the city"));
    l.add(
        new GpcLine(
            "VI.1",
            GpcSector.OTHER_SCOPE_3,
            "Other scope 3",
            3,
            OTHER_SCOPE_3,
            "other emissions occurring outside the city as a result of its activities"));
    LINES = Collections.unmodifiableList(l);
    Map<String, GpcLine> m = new LinkedHashMap<>();
    for (GpcLine line : l) {
      if (m.put(line.reference(), line) != null) {
        throw new IllegalStateException("reference written twice: " + line.reference());
      }
    }
    BY_REFERENCE = Collections.unmodifiableMap(m);
  }

  private GpcFramework() {}

  /** Every line, in the standard's order. */
  public static List<GpcLine> lines() {
    return LINES;
  }

  /** The line of a reference number as written in the GPC, e.g. {@code III.1.2}. */
  public static Optional<GpcLine> line(String reference) {
    return Optional.ofNullable(BY_REFERENCE.get(reference == null ? "" : reference.strip()));
  }

  private static void energy(List<GpcLine> l, String sub, String title) {
    l.add(
        new GpcLine(sub + ".1", STATIONARY_ENERGY, title, 1, BASIC, "fuel combustion in the city"));
    l.add(
        new GpcLine(
            sub + ".2",
            STATIONARY_ENERGY,
            title,
            2,
            BASIC,
            "grid-supplied energy consumed in the city"));
    l.add(
        new GpcLine(
            sub + ".3",
            STATIONARY_ENERGY,
            title,
            3,
            BASIC_PLUS,
            "transmission and distribution losses of grid-supplied energy"));
  }

  private static void transport(List<GpcLine> l, String sub, String title, boolean scope3) {
    l.add(new GpcLine(sub + ".1", TRANSPORTATION, title, 1, BASIC, "fuel combustion in the city"));
    l.add(
        new GpcLine(
            sub + ".2",
            TRANSPORTATION,
            title,
            2,
            BASIC,
            "grid-supplied energy consumed in the city"));
    if (scope3) {
      l.add(
          new GpcLine(
              sub + ".3",
              TRANSPORTATION,
              title,
              3,
              BASIC_PLUS,
              "the out-of-boundary part of transboundary journeys"));
    }
  }

  private static void waste(List<GpcLine> l, String sub, String title) {
    l.add(
        new GpcLine(
            sub + ".1", WASTE, title, 1, BASIC, "waste generated in the city and treated in it"));
    l.add(
        new GpcLine(
            sub + ".2", WASTE, title, 3, BASIC, "waste generated in the city and treated outside"));
    l.add(
        new GpcLine(
            sub + ".3",
            WASTE,
            title,
            1,
            TERRITORIAL_ONLY,
            "waste generated outside the city and treated in it"));
  }
}

package org.scopeplus.core.city;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * GPC reference numbers mapped to IPCC 2006 sector codes.
 *
 * <p>Sources: the category list of the 2006 IPCC Guidelines for National Greenhouse Gas
 * Inventories, Volume 1, chapter 8 (reporting guidance and tables, Table 8.2 "Classification and
 * definition of categories"), and the GPC v1.1 sub-sector definitions (chapters 6 to 10), which
 * follow the IPCC categories sub-sector by sub-sector.
 *
 * <p>An IPCC inventory is territorial: only scope 1 lines map (I.4.4 to 1.A.1, waste imported for
 * treatment to the treatment's category, where IPCC counts it). Scope 2 and scope 3 lines, and
 * other scope 3 (VI), have no IPCC category.
 */
public final class IpccMapping {

  private static final Map<String, String[]> BY_SUBSECTOR = new LinkedHashMap<>();

  static {
    put("I.4", "1.A.1", "Energy industries");
    put("I.3", "1.A.2", "Manufacturing industries and construction");
    put("II.4", "1.A.3.a", "Civil aviation");
    put("II.1", "1.A.3.b", "Road transportation");
    put("II.2", "1.A.3.c", "Railways");
    put("II.3", "1.A.3.d", "Water-borne navigation");
    put("II.5", "1.A.3.e", "Other transportation (off-road)");
    put("I.2", "1.A.4.a", "Commercial/institutional");
    put("I.1", "1.A.4.b", "Residential");
    put("I.5", "1.A.4.c", "Agriculture/forestry/fishing/fish farms");
    put("I.6", "1.A.5", "Non-specified");
    put("I.7", "1.B.1", "Fugitive emissions from fuels: solid fuels");
    put("I.8", "1.B.2", "Fugitive emissions from fuels: oil and natural gas");
    put(
        "IV.1",
        "2.A, 2.B, 2.C, 2.E, 2.H",
        "Mineral, chemical, metal and electronics industries; other");
    put(
        "IV.2",
        "2.D, 2.F, 2.G",
        "Non-energy products from fuels and solvent use; product uses as substitutes for ODS;"
            + " other product manufacture and use");
    put("V.1", "3.A", "Livestock");
    put("V.2", "3.B", "Land");
    put("V.3", "3.C", "Aggregate sources and non-CO2 emissions sources on land");
    put("III.1", "4.A", "Solid waste disposal");
    put("III.2", "4.B", "Biological treatment of solid waste");
    put("III.3", "4.C", "Incineration and open burning of waste");
    put("III.4", "4.D", "Wastewater treatment and discharge");
  }

  private IpccMapping() {}

  private static void put(String subsector, String code, String title) {
    BY_SUBSECTOR.put(subsector, new String[] {code, title});
  }

  /** The IPCC category of a line, or empty for scope 2 and scope 3 lines. */
  public static Optional<IpccCategory> of(GpcLine line) {
    if (line.scope() != 1) {
      return Optional.empty();
    }
    String ref = line.reference();
    String subsector =
        ref.chars().filter(c -> c == '.').count() == 2
            ? ref.substring(0, ref.lastIndexOf('.'))
            : ref;
    String[] c = BY_SUBSECTOR.get(subsector);
    if (c == null) {
      return Optional.empty();
    }
    return Optional.of(new IpccCategory(c[0], c[1], references(subsector)));
  }

  /** Every IPCC category with the scope 1 lines that map to it, in IPCC order. */
  public static List<IpccCategory> categories() {
    List<IpccCategory> out = new ArrayList<>();
    List<Map.Entry<String, String[]>> sorted = new ArrayList<>(BY_SUBSECTOR.entrySet());
    sorted.sort(Map.Entry.comparingByValue((a, b) -> a[0].compareTo(b[0])));
    for (Map.Entry<String, String[]> e : sorted) {
      out.add(new IpccCategory(e.getValue()[0], e.getValue()[1], references(e.getKey())));
    }
    return out;
  }

  /**
   * Grams CO2e of an inventory per IPCC category, in IPCC order; the categories add up to the
   * territorial total.
   */
  public static Map<IpccCategory, Long> totals(CityInventory inventory) {
    Map<IpccCategory, Long> out = new LinkedHashMap<>();
    for (IpccCategory c : categories()) {
      long sum = 0;
      for (String r : c.references()) {
        if (inventory.entries().get(r) instanceof GpcEntry.Estimated e) {
          sum = Math.addExact(sum, e.co2eGrams());
        }
      }
      out.put(c, sum);
    }
    return out;
  }

  private static List<String> references(String subsector) {
    return GpcFramework.lines().stream()
        .filter(l -> l.scope() == 1)
        .map(GpcLine::reference)
        .filter(r -> r.equals(subsector) || r.startsWith(subsector + "."))
        .toList();
  }
}

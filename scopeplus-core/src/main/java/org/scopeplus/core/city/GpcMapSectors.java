package org.scopeplus.core.city;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * The sector totals a map of the city places, grams CO2e: the territorial (scope 1) lines of a GPC
 * inventory, grouped into map sectors by {@link #mapSector(GpcLine)}, so they add up to the
 * territorial total exactly.
 *
 * <p>Why scope 1: GPC v1.1 (section 3.3) defines scope 1 as the emissions from sources located
 * within the city boundary and calls their sum the territorial total; a map places emissions where
 * they occur, which is that view. Scope 2 is emitted at power plants that may lie outside the city,
 * and a power plant in the city is already a scope 1 source (I.4.1, I.4.4), so placing grid energy
 * where it is consumed as well would count it twice; scope 3 (waste treated outside, transboundary
 * journeys) occurs outside by definition. Waste imported and treated in the city (III.x.3) and the
 * plant's grid supply (I.4.4), left out of BASIC, are on the map.
 *
 * @param sectors grams CO2e per map sector, in the framework's order, sectors of zero left out
 */
public record GpcMapSectors(Map<String, Long> sectors) {

  public GpcMapSectors {
    sectors = Collections.unmodifiableMap(new LinkedHashMap<>(sectors));
  }

  /** Sums the scope 1 estimates of an inventory per map sector, exactly. */
  public static GpcMapSectors of(CityInventory inventory) {
    Map<String, Long> out = new LinkedHashMap<>();
    for (GpcLine l : GpcFramework.lines()) {
      if (l.scope() == 1
          && inventory.entries().get(l.reference()) instanceof GpcEntry.Estimated est) {
        out.merge(mapSector(l), est.co2eGrams(), Math::addExact);
      }
    }
    out.values().removeIf(g -> g == 0);
    return new GpcMapSectors(out);
  }

  /**
   * Why the map cannot place these totals, or empty when it can: a net sink (a sector whose lines,
   * with V.2 land, add up to less than nothing) has no emissions to shade or share out.
   */
  public Optional<String> refusal() {
    for (Map.Entry<String, Long> s : sectors.entrySet()) {
      if (s.getValue() < 0) {
        return Optional.of(
            "the map sector "
                + s.getKey()
                + " adds up to "
                + s.getValue()
                + " g CO2e, a net sink; the map places emissions, not removals");
      }
    }
    return Optional.empty();
  }

  /** The territorial total: the sum of the sectors. */
  public long total() {
    long sum = 0;
    for (long g : sectors.values()) {
      sum = Math.addExact(sum, g);
    }
    return sum;
  }

  /**
   * The map sector a scope 1 line of the GPC belongs to: I.1 residential, I.2 and I.6 commercial,
   * I.3, I.7 and I.8 industry, I.4 power, I.5 and V afolu, II.1, II.2 and II.5 ground transport,
   * II.3 waterborne, II.4 aviation, III waste, IV ippu. The codes of the monitored sectors (power,
   * industry, ground_transport, residential, aviation) are those of the daily estimates.
   */
  public static String mapSector(GpcLine line) {
    String r = line.reference();
    if (r.startsWith("I.1.")) {
      return "residential";
    }
    if (r.startsWith("I.2.") || r.startsWith("I.6.")) {
      return "commercial";
    }
    if (r.startsWith("I.3.") || r.startsWith("I.7.") || r.startsWith("I.8.")) {
      return "industry";
    }
    if (r.startsWith("I.4.")) {
      return "power";
    }
    if (r.startsWith("I.5.") || r.startsWith("V.")) {
      return "afolu";
    }
    if (r.startsWith("II.1.") || r.startsWith("II.2.") || r.startsWith("II.5.")) {
      return "ground_transport";
    }
    if (r.startsWith("II.3.")) {
      return "waterborne";
    }
    if (r.startsWith("II.4.")) {
      return "aviation";
    }
    if (r.startsWith("III.")) {
      return "waste";
    }
    if (r.startsWith("IV.")) {
      return "ippu";
    }
    throw new IllegalArgumentException("GPC line " + r + " has no map sector");
  }
}

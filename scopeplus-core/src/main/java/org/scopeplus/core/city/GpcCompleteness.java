package org.scopeplus.core.city;

import java.util.ArrayList;
import java.util.List;

/**
 * The completeness check of a city inventory at a reporting level: every line the level requires
 * (GPC v1.1, chapter 3: BASIC lines for BASIC; BASIC and BASIC+ lines for BASIC+) must hold an
 * estimate or a notation key with its explanation.
 *
 * @param level the level checked
 * @param missing the lines the level requires that hold neither value nor notation key
 * @param notEstimated the required lines marked NE: reported, but the GPC asks for an estimate
 */
public record GpcCompleteness(GpcLevel level, List<GpcLine> missing, List<GpcLine> notEstimated) {

  public GpcCompleteness {
    missing = List.copyOf(missing);
    notEstimated = List.copyOf(notEstimated);
  }

  /** True when no required line is missing. */
  public boolean complete() {
    return missing.isEmpty();
  }

  /** The lines a level requires, in the framework's order. */
  public static List<GpcLine> required(GpcLevel level) {
    return GpcFramework.lines().stream().filter(l -> l.counting().countsIn(level)).toList();
  }

  /** Checks an inventory at a level. */
  public static GpcCompleteness of(CityInventory inventory, GpcLevel level) {
    List<GpcLine> missing = new ArrayList<>();
    List<GpcLine> ne = new ArrayList<>();
    for (GpcLine line : required(level)) {
      GpcEntry e = inventory.entries().get(line.reference());
      if (e == null) {
        missing.add(line);
      } else if (e instanceof GpcEntry.Keyed k && k.key() == NotationKey.NE) {
        ne.add(line);
      }
    }
    return new GpcCompleteness(level, missing, ne);
  }
}

package org.scopeplus.server.city.inventory;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.scopeplus.core.city.CityInventory;
import org.scopeplus.core.city.GpcCompleteness;
import org.scopeplus.core.city.GpcEntry;
import org.scopeplus.core.city.GpcFramework;
import org.scopeplus.core.city.GpcLevel;
import org.scopeplus.core.city.GpcLine;
import org.scopeplus.core.city.GpcSector;
import org.scopeplus.core.city.GpcTotals;
import org.scopeplus.core.gas.GasGroup;
import org.scopeplus.store.city.inventory.StoredInventory;

/**
 * A kept GPC inventory as the API answers it, amounts in whole grams CO2e: the city-induced view
 * (BASIC, BASIC+ by sector), the scopes view (scope 1 = territorial, 2, 3 by sector), every line of
 * the framework with what the city reported on it, and the completeness check at a level.
 */
public record InventoryView(
    String id,
    String city,
    int year,
    String fileName,
    String uploadedBy,
    String uploadedAt,
    long basicGrams,
    long basicPlusGrams,
    long territorialGrams,
    Map<String, Object> cityInduced,
    Map<String, Object> scopes,
    List<Line> lines,
    Completeness completeness) {

  /**
   * One line of the framework.
   *
   * @param reference the GPC reference number
   * @param sector the sector's numeral
   * @param subsector the sub-sector's title
   * @param scope 1, 2 or 3
   * @param counting BASIC, BASIC_PLUS, TERRITORIAL_ONLY or OTHER_SCOPE_3
   * @param description what the line holds
   * @param reported true when the city gave a value or a notation key
   * @param grams the estimate, or null
   * @param notationKey NO, IE, NE or C, or null
   * @param explanation the notation key's explanation, or null
   * @param gases grams CO2e per gas when the split is reported
   */
  public record Line(
      String reference,
      String sector,
      String subsector,
      int scope,
      String counting,
      String description,
      boolean reported,
      Long grams,
      String notationKey,
      String explanation,
      Map<String, Long> gases) {}

  /**
   * The completeness check.
   *
   * @param level BASIC or BASIC+
   * @param complete true when no required line is missing
   * @param missing the required lines with neither value nor notation key
   * @param notEstimated the required lines marked NE
   */
  public record Completeness(
      String level, boolean complete, List<Line> missing, List<String> notEstimated) {}

  /** The view of a kept inventory, its completeness checked at {@code level}. */
  public static InventoryView of(StoredInventory kept, GpcLevel level) {
    CityInventory inv = kept.inventory();
    GpcTotals t = GpcTotals.of(inv);
    Map<String, Object> induced = new LinkedHashMap<>();
    induced.put("basicGrams", t.basic());
    induced.put("basicPlusGrams", t.basicPlus());
    Map<String, Object> scopes = new LinkedHashMap<>();
    scopes.put("scope1Grams", t.scope1());
    scopes.put("scope2Grams", t.scope2());
    scopes.put("scope3Grams", t.scope3());
    Map<String, Object> inducedSectors = new LinkedHashMap<>();
    Map<String, Object> scopeSectors = new LinkedHashMap<>();
    for (GpcSector s : GpcSector.values()) {
      GpcTotals.SectorTotals st = t.sectors().get(s);
      Map<String, Object> i = new LinkedHashMap<>();
      i.put("title", s.title());
      i.put("basicGrams", st.basic());
      i.put("basicPlusGrams", st.basicPlus());
      inducedSectors.put(s.numeral(), i);
      Map<String, Object> sc = new LinkedHashMap<>();
      sc.put("title", s.title());
      sc.put("scope1Grams", st.scope1());
      sc.put("scope2Grams", st.scope2());
      sc.put("scope3Grams", st.scope3());
      scopeSectors.put(s.numeral(), sc);
    }
    induced.put("sectors", inducedSectors);
    scopes.put("sectors", scopeSectors);
    List<Line> lines = new ArrayList<>();
    for (GpcLine l : GpcFramework.lines()) {
      lines.add(line(l, inv.entries().get(l.reference())));
    }
    GpcCompleteness c = GpcCompleteness.of(inv, level);
    Completeness completeness =
        new Completeness(
            level.label(),
            c.complete(),
            c.missing().stream().map(l -> line(l, null)).toList(),
            c.notEstimated().stream().map(GpcLine::reference).toList());
    return new InventoryView(
        kept.id(),
        inv.city(),
        inv.year(),
        kept.fileName(),
        kept.uploadedBy(),
        kept.uploadedAt().toString(),
        t.basic(),
        t.basicPlus(),
        t.territorial(),
        induced,
        scopes,
        lines,
        completeness);
  }

  static Line line(GpcLine l, GpcEntry e) {
    Long grams = null;
    String key = null;
    String explanation = null;
    Map<String, Long> gases = Map.of();
    if (e instanceof GpcEntry.Estimated est) {
      grams = est.co2eGrams();
      Map<String, Long> g = new LinkedHashMap<>();
      for (Map.Entry<GasGroup, Long> x : est.gases().entrySet()) {
        g.put(x.getKey().key(), x.getValue());
      }
      gases = g;
    } else if (e instanceof GpcEntry.Keyed k) {
      key = k.key().name();
      explanation = k.explanation();
    }
    return new Line(
        l.reference(),
        l.sector().numeral(),
        l.subsector(),
        l.scope(),
        l.counting().name(),
        l.description(),
        e != null,
        grams,
        key,
        explanation,
        gases);
  }

  /** The map's code of a GPC sector, e.g. {@code stationary_energy}. */
  public static String sectorCode(GpcSector s) {
    return s.name().toLowerCase(Locale.ROOT);
  }
}

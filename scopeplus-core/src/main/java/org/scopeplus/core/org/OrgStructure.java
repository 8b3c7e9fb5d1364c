package org.scopeplus.core.org;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The org-unit tree with ownership and control, and the share of each unit's emissions that the
 * chosen consolidation approach brings into the inventory.
 *
 * <p>Equity share multiplies the shares along the path (60% of a unit that owns 50% is 30%). Under
 * a control approach a unit counts 100% when it and every unit above it are controlled, else 0%. A
 * unit not described counts like its nearest described ancestor, and a path with no described
 * ancestor is wholly owned and controlled.
 */
public final class OrgStructure {

  private final Map<String, OrgUnit> units;
  private final Map<String, Double> cache = new ConcurrentHashMap<>();

  private OrgStructure(Map<String, OrgUnit> units) {
    this.units = units;
  }

  /** A structure of these units. */
  public static OrgStructure of(List<OrgUnit> units) {
    Map<String, OrgUnit> map = new LinkedHashMap<>();
    for (OrgUnit u : units) {
      map.put(normalise(u.path()), u);
    }
    return new OrgStructure(map);
  }

  /** No structure: every unit wholly owned and controlled. */
  public static OrgStructure whollyOwned() {
    return new OrgStructure(Map.of());
  }

  public Collection<OrgUnit> units() {
    return units.values();
  }

  /** The share (0 to 1) of a unit's emissions consolidated under the approach. */
  public double consolidatedShare(String orgUnitPath, ConsolidationApproach approach) {
    String key = approach.ordinal() + "|" + orgUnitPath;
    Double cached = cache.get(key);
    if (cached != null) {
      return cached;
    }
    double share = 1.0;
    String path = normalise(orgUnitPath);
    int from = 0;
    while (true) {
      int slash = path.indexOf('/', from);
      String prefix = slash < 0 ? path : path.substring(0, slash);
      OrgUnit unit = units.get(prefix);
      if (unit != null) {
        share *=
            switch (approach) {
              case EQUITY_SHARE -> unit.equityShare();
              case OPERATIONAL_CONTROL -> unit.operationalControl() ? 1.0 : 0.0;
              case FINANCIAL_CONTROL -> unit.financialControl() ? 1.0 : 0.0;
            };
      }
      if (slash < 0) {
        break;
      }
      from = slash + 1;
    }
    cache.put(key, share);
    return share;
  }

  /** Trims spaces around each level. */
  public static String normalise(String path) {
    if (normal(path)) {
      return path;
    }
    String[] parts = path.split("/", -1);
    StringBuilder b = new StringBuilder(path.length());
    for (String p : parts) {
      String t = p.strip();
      if (t.isEmpty()) {
        continue;
      }
      if (b.length() > 0) {
        b.append('/');
      }
      b.append(t);
    }
    return b.toString();
  }

  /** Whether no level is empty or has spaces around it: the path is its own normal form. */
  private static boolean normal(String path) {
    int n = path.length();
    if (n == 0) {
      return true;
    }
    int from = 0;
    while (true) {
      int slash = path.indexOf('/', from);
      int end = slash < 0 ? n : slash;
      // String.strip's whitespace (none lies outside the BMP)
      if (end == from
          || Character.isWhitespace(path.charAt(from))
          || Character.isWhitespace(path.charAt(end - 1))) {
        return false;
      }
      if (slash < 0) {
        return true;
      }
      from = slash + 1;
    }
  }
}

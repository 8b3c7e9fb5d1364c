package org.scopeplus.core.factor;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Which region a region rolls up to, for factor resolution from the most specific region to the
 * world. Codes are ISO 3166 (CN, CN-GD, GB) plus groupings such as China's regional grids ({@code
 * CN-GRID-SOUTH}). Without an explicit parent, {@code XX-YY} rolls up to {@code XX} and a country
 * to {@link #GLOBAL}. A region may span several grid regions none of which holds it whole (a US
 * state served by several eGRID subregions): it rolls up past them, and {@link #spans} names them.
 */
public final class RegionHierarchy {

  /** The root region. */
  public static final String GLOBAL = "GLOBAL";

  private final Map<String, String> parents;
  private final Map<String, String> names;
  private final Map<String, List<String>> spans;

  private RegionHierarchy(
      Map<String, String> parents, Map<String, String> names, Map<String, List<String>> spans) {
    this.parents = Map.copyOf(parents);
    this.names = Map.copyOf(names);
    this.spans = Map.copyOf(spans);
  }

  /** A hierarchy with explicit parents (code to parent code) and display names. */
  public static RegionHierarchy of(Map<String, String> parents, Map<String, String> names) {
    return of(parents, names, Map.of());
  }

  /**
   * A hierarchy with explicit parents, display names and, for regions that span several grid
   * regions, the codes of those (code to the codes it spans).
   */
  public static RegionHierarchy of(
      Map<String, String> parents, Map<String, String> names, Map<String, List<String>> spans) {
    Map<String, String> p = new HashMap<>();
    parents.forEach((k, v) -> p.put(normalise(k), normalise(v)));
    Map<String, String> n = new HashMap<>();
    names.forEach((k, v) -> n.put(normalise(k), v));
    Map<String, List<String>> s = new HashMap<>();
    spans.forEach(
        (k, v) -> s.put(normalise(k), v.stream().map(RegionHierarchy::normalise).toList()));
    return new RegionHierarchy(p, n, s);
  }

  /** A hierarchy with the default rule only. */
  public static RegionHierarchy defaultRule() {
    return new RegionHierarchy(Map.of(), Map.of(), Map.of());
  }

  /**
   * The grid regions {@code code} spans without lying wholly in one of them (e.g. US-TX: US-AZNM,
   * US-ERCT, US-SPSO, US-SRMV), in code order; empty for a region that lies in one or has none.
   */
  public List<String> spans(String code) {
    return spans.getOrDefault(normalise(code), List.of());
  }

  /** Upper-cases and trims a region code; blank means {@link #GLOBAL}. */
  public static String normalise(String code) {
    if (code == null || code.isBlank()) {
      return GLOBAL;
    }
    String c = code.strip().toUpperCase(Locale.ROOT);
    return c.equals("WORLD") ? GLOBAL : c;
  }

  /** The region itself, then each parent up to and including {@link #GLOBAL}. */
  public List<String> chain(String code) {
    List<String> chain = new ArrayList<>(4);
    String current = normalise(code);
    while (current != null && !chain.contains(current)) {
      chain.add(current);
      current = parentOf(current);
    }
    return chain;
  }

  /** Whether {@code code} is known by name or parent (the default rule accepts any code). */
  public boolean isKnown(String code) {
    String c = normalise(code);
    return names.containsKey(c) || parents.containsKey(c);
  }

  private static final Set<String> ISO_COUNTRIES = Set.of(Locale.getISOCountries());

  /**
   * Whether a record may name {@code code}: a region of the hierarchy, an ISO 3166-1 country, or a
   * subdivision code of one (CN-GD), which resolves through the default rule.
   */
  public boolean accepts(String code) {
    if (isKnown(code)) {
      return true;
    }
    String c = normalise(code);
    String country = c.length() > 2 && c.charAt(2) == '-' ? c.substring(0, 2) : c;
    return ISO_COUNTRIES.contains(country) && (c.length() == 2 || c.length() > 3);
  }

  /** The display name, or the code when none is known. */
  public String name(String code) {
    return names.getOrDefault(normalise(code), normalise(code));
  }

  private String parentOf(String code) {
    if (code.equals(GLOBAL)) {
      return null;
    }
    String explicit = parents.get(code);
    if (explicit != null) {
      return explicit;
    }
    int dash = code.lastIndexOf('-');
    return dash > 0 ? code.substring(0, dash) : GLOBAL;
  }
}

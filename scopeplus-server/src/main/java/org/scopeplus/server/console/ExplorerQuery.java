package org.scopeplus.server.console;

import java.util.LinkedHashMap;
import java.util.Map;
import org.scopeplus.store.run.RunCells;

/**
 * Where the explorer stands: the period, the org unit, facility and activity type drilled into, and
 * the filters by scope, Scope 3 category and gas, as the page's query parameters.
 */
record ExplorerQuery(
    String period,
    String unit,
    String facility,
    String type,
    Integer scope,
    Integer category,
    String gas) {

  ExplorerQuery {
    period = blankToNull(period);
    unit = blankToNull(unit);
    facility = blankToNull(facility);
    type = blankToNull(type);
    gas = blankToNull(gas);
    if (scope != null && (scope < 1 || scope > 3)) {
      throw new IllegalArgumentException("scope is 1, 2 or 3");
    }
    if (category != null && (category < 1 || category > 15)) {
      throw new IllegalArgumentException("a Scope 3 category is 1 to 15");
    }
  }

  ExplorerQuery withPeriod(String periodId) {
    return new ExplorerQuery(periodId, unit, facility, type, scope, category, gas);
  }

  /** The cells the query stands on. */
  RunCells.Filter filter() {
    return new RunCells.Filter(unit, facility, type, scope, category, gas);
  }

  /** The cells of the query's unit, every facility and type, for the units below it. */
  RunCells.Filter unitsFilter() {
    return new RunCells.Filter(unit, null, null, scope, category, gas);
  }

  /** The query parameters of another place with the same period and filters. */
  public Map<String, String> at(String unitPath, String facilityName, String typeKey) {
    Map<String, String> p = new LinkedHashMap<>();
    put(p, "period", period);
    put(p, "unit", unitPath);
    put(p, "facility", facilityName);
    put(p, "type", typeKey);
    put(p, "scope", scope == null ? null : scope.toString());
    put(p, "category", category == null ? null : category.toString());
    put(p, "gas", gas);
    return p;
  }

  /** A link to the explorer (or {@code path}) with these query parameters. */
  static String link(String path, Map<String, String> params) {
    org.springframework.web.util.UriComponentsBuilder b =
        org.springframework.web.util.UriComponentsBuilder.fromPath(path);
    params.forEach(b::queryParam);
    return b.encode().build().toUriString();
  }

  /** A link to the explorer at these query parameters. */
  static String link(Map<String, String> params) {
    return link("/explorer", params);
  }

  /** {@link #link(Map)}, for a template. */
  public String href(Map<String, String> params) {
    return link(params);
  }

  /** {@link #link(String, Map)}, for a template. */
  public String href(String path, Map<String, String> params) {
    return link(path, params);
  }

  /** This place's query parameters. */
  public Map<String, String> here() {
    return at(unit, facility, type);
  }

  private static void put(Map<String, String> p, String k, String v) {
    if (v != null) {
      p.put(k, v);
    }
  }

  private static String blankToNull(String s) {
    return s == null || s.isBlank() ? null : s.strip();
  }
}

package org.scopeplus.server.city.spatial;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.scopeplus.core.city.spatial.Allocation;
import org.scopeplus.core.city.spatial.AllocationOutcome;
import org.scopeplus.io.city.spatial.CityGrid;
import org.scopeplus.io.city.spatial.CityMap;
import org.scopeplus.io.city.spatial.DistrictFile;
import org.scopeplus.io.city.spatial.DistrictsRead;
import org.scopeplus.io.city.spatial.GridCell;
import org.scopeplus.io.city.spatial.PointSource;
import org.scopeplus.io.city.spatial.Weighting;
import org.scopeplus.server.api.ApiProblem;
import org.scopeplus.store.city.spatial.CityMapStore;
import org.scopeplus.store.city.spatial.LocatedEmission;
import org.scopeplus.store.city.spatial.SectorTotal;
import org.scopeplus.store.city.spatial.StoredDistrict;
import tools.jackson.databind.json.JsonMapper;

/**
 * A city's districts and grid with the emissions allocated to them, read from the store and shaped
 * as GeoJSON-like maps for the API, the console and the public page.
 */
public final class CityMapping {

  private static final JsonMapper JSON = JsonMapper.builder().build();
  private final CityMapStore store = new CityMapStore();

  /** The kept districts rebuilt as a map; a 404 problem when none were uploaded. */
  public CityMap map(Connection c, String tenantId) throws SQLException {
    List<StoredDistrict> ds = store.districts(c, tenantId);
    if (ds.isEmpty()) {
      throw ApiProblem.notFound("districts (upload a GeoJSON file of district boundaries first)");
    }
    StringBuilder b = new StringBuilder("{\"type\":\"FeatureCollection\",\"features\":[");
    for (int i = 0; i < ds.size(); i++) {
      StoredDistrict d = ds.get(i);
      Map<String, Object> props = new LinkedHashMap<>();
      props.put("id", d.id());
      props.put("name", d.name());
      props.put("population", d.population());
      props.put("gdp", d.gdp());
      b.append(i == 0 ? "" : ",")
          .append("{\"type\":\"Feature\",\"properties\":")
          .append(JSON.writeValueAsString(props))
          .append(",\"geometry\":")
          .append(d.geometryJson())
          .append('}');
    }
    DistrictsRead r =
        DistrictFile.read(
            "districts",
            b.append("]}").toString().getBytes(java.nio.charset.StandardCharsets.UTF_8));
    if (r instanceof DistrictsRead.Read read) {
      return new CityMap(read.districts());
    }
    throw new IllegalStateException("kept districts no longer read: " + r);
  }

  /** The district allocation of the kept emissions (an empty allocation when none were entered). */
  public Allocation districts(Connection c, String tenantId, CityMap map) throws SQLException {
    Inputs in = inputs(c, tenantId);
    return allocated(map.toDistricts(in.totals, in.points, in.activity, in.weighting));
  }

  /** The districts as a GeoJSON FeatureCollection with their grams, per capita and per GDP. */
  public Map<String, Object> districtFeatures(Connection c, String tenantId) throws SQLException {
    CityMap map = map(c, tenantId);
    Allocation a = districts(c, tenantId, map);
    List<Map<String, Object>> features = new ArrayList<>();
    for (var d : map.districts()) {
      Map<String, Object> props = new LinkedHashMap<>();
      long grams = a.total(d.id());
      props.put("id", d.id());
      props.put("name", d.name());
      props.put("population", d.population());
      props.put("gdp", d.gdp());
      props.put("areaKm2", map.area(d.id()) / 1e6);
      props.put("grams", grams);
      props.put("tonnes", grams / 1e6);
      props.put(
          "tonnesPerCapita",
          d.population() == null || d.population() == 0 ? null : grams / 1e6 / d.population());
      props.put(
          "tonnesPerMillionGdp",
          d.gdp() == null || d.gdp() == 0 ? null : grams / 1e6 / (d.gdp() / 1e6));
      props.put("sectors", a.grams().getOrDefault(d.id(), Map.of()));
      Map<String, Object> f = new LinkedHashMap<>();
      f.put("type", "Feature");
      f.put("id", d.id());
      f.put("properties", props);
      f.put("geometry", JSON.readTree(d.geometryJson()));
      features.add(f);
    }
    Map<String, Object> out = new LinkedHashMap<>();
    out.put("type", "FeatureCollection");
    out.put("cityGrams", a.total());
    out.put("features", features);
    return out;
  }

  /**
   * The grid of {@code cellMetres} with each cell's grams by sector; cells with no grams left out.
   */
  public Map<String, Object> grid(Connection c, String tenantId, int cellMetres)
      throws SQLException {
    if (cellMetres < CityGrid.MIN_CELL_METRES || cellMetres > CityGrid.MAX_CELL_METRES) {
      throw ApiProblem.badRequest(
          "cellMetres must lie between "
              + CityGrid.MIN_CELL_METRES
              + " and "
              + CityGrid.MAX_CELL_METRES);
    }
    CityMap map = map(c, tenantId);
    long count = CityGrid.count(map.box(), cellMetres);
    if (count > CityGrid.MAX_CELLS) {
      throw ApiProblem.refused(
          "Grid Too Fine",
          cellMetres
              + " m cells would make "
              + count
              + " cells over this city; at most "
              + CityGrid.MAX_CELLS
              + ": choose larger cells");
    }
    Inputs in = inputs(c, tenantId);
    Allocation d = allocated(map.toDistricts(in.totals, in.points, in.activity, in.weighting));
    List<GridCell> cells = CityGrid.over(map.box(), cellMetres, map.projection());
    Allocation a = allocated(map.toCells(d, in.points, cells));
    List<Map<String, Object>> out = new ArrayList<>();
    for (GridCell cell : cells) {
      Map<String, Long> sectors = a.grams().get(cell.id());
      if (sectors == null) {
        continue;
      }
      Map<String, Object> m = new LinkedHashMap<>();
      m.put("id", cell.id());
      m.put("row", cell.row());
      m.put("column", cell.column());
      m.put("corners", cell.corners());
      m.put("grams", a.total(cell.id()));
      m.put("sectors", sectors);
      out.add(m);
    }
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("cellMetres", cellMetres);
    body.put(
        "projection",
        "Lambert azimuthal equal-area on the authalic sphere, centred on the city's bounding box");
    body.put("cityGrams", a.total());
    body.put("cells", out);
    return body;
  }

  private record Inputs(
      Map<String, Long> totals,
      List<PointSource> points,
      Map<String, Map<String, Long>> activity,
      Map<String, Weighting> weighting) {}

  private Inputs inputs(Connection c, String tenantId) throws SQLException {
    Map<String, Long> totals = new HashMap<>();
    Map<String, Weighting> weighting = new HashMap<>();
    for (SectorTotal t : store.sectorTotals(c, tenantId)) {
      totals.put(t.sector(), t.grams());
      weighting.put(t.sector(), Weighting.valueOf(t.weighting()));
    }
    List<PointSource> points = new ArrayList<>();
    Map<String, Map<String, Long>> activity = new HashMap<>();
    for (LocatedEmission l : store.located(c, tenantId)) {
      if (l.district() == null) {
        points.add(new PointSource(l.name(), l.lon(), l.lat(), l.sector(), l.grams()));
      } else {
        activity
            .computeIfAbsent(l.district(), k -> new HashMap<>())
            .merge(l.sector(), l.grams(), Math::addExact);
      }
    }
    return new Inputs(totals, points, activity, weighting);
  }

  private static Allocation allocated(AllocationOutcome o) {
    if (o instanceof AllocationOutcome.Refused r) {
      throw ApiProblem.refused("Emissions Cannot Be Allocated", r.reason());
    }
    return ((AllocationOutcome.Allocated) o).allocation();
  }
}

package org.scopeplus.io.city.spatial;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.LinearRing;
import org.locationtech.jts.geom.Polygon;
import org.locationtech.jts.operation.valid.IsValidOp;
import org.locationtech.jts.operation.valid.TopologyValidationError;
import org.scopeplus.core.problem.Problem;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Reads district boundaries from a GeoJSON FeatureCollection (RFC 7946): one Feature per district,
 * its {@code properties} holding {@code id} (required, unique), {@code name}, and optionally {@code
 * population} and {@code gdp}; its geometry a Polygon or MultiPolygon in longitude and latitude.
 * All or nothing: a file with any problem is refused whole, each problem naming the feature (its
 * 1-based position as the row) and the field.
 *
 * <p>Refused: more than {@link #MAX_BYTES} bytes, {@link #MAX_FEATURES} districts or {@link
 * #MAX_POSITIONS} positions; a ring with fewer than four positions or not closed; a position
 * outside longitude -180..180 or latitude -90..90; a polygon JTS finds invalid (self-intersecting
 * rings, holes outside their shell ...); districts that overlap one another.
 */
public final class DistrictFile {

  public static final int MAX_BYTES = 20 * 1024 * 1024;
  public static final int MAX_FEATURES = 2_000;
  public static final int MAX_POSITIONS = 1_000_000;
  private static final int MAX_PROBLEMS = 100;

  private static final JsonMapper JSON = JsonMapper.builder().build();
  private static final GeometryFactory GEOMETRY = new GeometryFactory();

  private final String file;
  private final List<Problem> problems = new ArrayList<>();
  private int positions;

  private DistrictFile(String file) {
    this.file = file;
  }

  /** The districts in {@code bytes}, the file named {@code file} in problems. */
  public static DistrictsRead read(String file, byte[] bytes) {
    return new DistrictFile(file).read(bytes);
  }

  private DistrictsRead read(byte[] bytes) {
    if (bytes.length > MAX_BYTES) {
      return refused(
          0, "", "the file has " + bytes.length + " bytes; at most " + MAX_BYTES + " are read");
    }
    JsonNode root;
    try {
      root = JSON.readTree(bytes);
    } catch (JacksonException e) {
      return refused(0, "", "this is not JSON: " + e.getOriginalMessage());
    }
    if (root == null || !root.isObject() || !"FeatureCollection".equals(text(root.get("type")))) {
      return refused(0, "type", "a GeoJSON FeatureCollection of districts is expected");
    }
    JsonNode features = root.get("features");
    if (features == null || !features.isArray() || features.isEmpty()) {
      return refused(0, "features", "the FeatureCollection has no features");
    }
    if (features.size() > MAX_FEATURES) {
      return refused(
          0, "features", features.size() + " districts; at most " + MAX_FEATURES + " are accepted");
    }
    List<District> out = new ArrayList<>();
    Set<String> ids = new HashSet<>();
    int row = 0;
    for (JsonNode f : features) {
      row++;
      District d = district(row, f);
      if (d != null && !ids.add(d.id())) {
        problem(row, "properties.id", "district id '" + d.id() + "' appears twice");
      } else if (d != null) {
        out.add(d);
      }
      if (problems.size() >= MAX_PROBLEMS || positions > MAX_POSITIONS) {
        break;
      }
    }
    if (positions > MAX_POSITIONS) {
      return refused(0, "", "more than " + MAX_POSITIONS + " positions; simplify the boundaries");
    }
    if (problems.isEmpty()) {
      overlaps(out);
    }
    return problems.isEmpty() ? new DistrictsRead.Read(out) : new DistrictsRead.Refused(problems);
  }

  private void overlaps(List<District> ds) {
    for (int i = 0; i < ds.size(); i++) {
      for (int j = i + 1; j < ds.size(); j++) {
        Geometry a = ds.get(i).boundary();
        Geometry b = ds.get(j).boundary();
        if (a.getEnvelopeInternal().intersects(b.getEnvelopeInternal())
            && a.relate(b, "2********")) {
          problem(
              j + 1,
              "geometry",
              "district '" + ds.get(j).id() + "' overlaps district '" + ds.get(i).id() + "'");
          if (problems.size() >= MAX_PROBLEMS) {
            return;
          }
        }
      }
    }
  }

  private District district(int row, JsonNode f) {
    if (!f.isObject() || !"Feature".equals(text(f.get("type")))) {
      problem(row, "type", "each element of features must be a GeoJSON Feature");
      return null;
    }
    JsonNode props = f.get("properties");
    JsonNode idNode = props == null ? null : props.get("id");
    String id =
        idNode == null || !(idNode.isString() || idNode.isIntegralNumber())
            ? null
            : idNode.asString().strip();
    if (id == null || id.isEmpty() || id.length() > 100) {
      problem(row, "properties.id", "give the district an id (text of 1 to 100 characters)");
      return null;
    }
    String name = props.has("name") ? text(props.get("name")) : null;
    if (name == null || name.isBlank()) {
      name = id;
    }
    if (name.length() > 200) {
      problem(row, "properties.name", "the name has more than 200 characters");
      return null;
    }
    Double population = measure(row, props, "population");
    Double gdp = measure(row, props, "gdp");
    JsonNode g = f.get("geometry");
    if (g == null || !g.isObject()) {
      problem(row, "geometry", "the district has no geometry");
      return null;
    }
    String type = text(g.get("type"));
    JsonNode coords = g.get("coordinates");
    Geometry geometry;
    if ("Polygon".equals(type)) {
      Polygon p = polygon(row, coords);
      geometry = p;
    } else if ("MultiPolygon".equals(type)
        && coords != null
        && coords.isArray()
        && !coords.isEmpty()) {
      List<Polygon> parts = new ArrayList<>();
      for (JsonNode c : coords) {
        Polygon p = polygon(row, c);
        if (p == null) {
          return null;
        }
        parts.add(p);
      }
      geometry = GEOMETRY.createMultiPolygon(parts.toArray(new Polygon[0]));
    } else {
      problem(row, "geometry.type", "a district is a Polygon or a MultiPolygon, not " + type);
      return null;
    }
    if (geometry == null) {
      return null;
    }
    TopologyValidationError invalid = new IsValidOp(geometry).getValidationError();
    if (invalid != null) {
      Coordinate at = invalid.getCoordinate();
      problem(
          row,
          "geometry",
          "district '"
              + id
              + "' is not a valid polygon: "
              + invalid.getMessage().toLowerCase(java.util.Locale.ROOT)
              + (at == null ? "" : " at " + at.x + ", " + at.y));
      return null;
    }
    if (population == Double.valueOf(-1) || gdp == Double.valueOf(-1)) {
      return null;
    }
    return new District(id, name, population, gdp, geometry, JSON.writeValueAsString(g));
  }

  private Double measure(int row, JsonNode props, String field) {
    JsonNode n = props.get(field);
    if (n == null || n.isNull()) {
      return null;
    }
    if (!n.isNumber()
        || !Double.isFinite(n.doubleValue())
        || n.doubleValue() < 0
        || n.doubleValue() > 1e15) {
      problem(row, "properties." + field, field + " must be a number between 0 and 1e15");
      return Double.valueOf(-1);
    }
    return n.doubleValue();
  }

  private Polygon polygon(int row, JsonNode rings) {
    if (rings == null || !rings.isArray() || rings.isEmpty()) {
      problem(row, "geometry.coordinates", "a polygon needs at least one ring");
      return null;
    }
    LinearRing shell = null;
    List<LinearRing> holes = new ArrayList<>();
    int r = 0;
    for (JsonNode ring : rings) {
      r++;
      LinearRing lr = ring(row, r, ring);
      if (lr == null) {
        return null;
      }
      if (shell == null) {
        shell = lr;
      } else {
        holes.add(lr);
      }
    }
    return GEOMETRY.createPolygon(shell, holes.toArray(new LinearRing[0]));
  }

  private LinearRing ring(int row, int r, JsonNode ring) {
    String where = "geometry.coordinates";
    if (ring == null || !ring.isArray() || ring.size() < 4) {
      problem(
          row, where, "ring " + r + " needs at least four positions, the last equal to the first");
      return null;
    }
    positions += ring.size();
    if (positions > MAX_POSITIONS) {
      return null;
    }
    Coordinate[] cs = new Coordinate[ring.size()];
    int i = 0;
    for (JsonNode pos : ring) {
      if (!pos.isArray() || pos.size() < 2 || !pos.get(0).isNumber() || !pos.get(1).isNumber()) {
        problem(
            row, where, "ring " + r + ", position " + (i + 1) + " is not [longitude, latitude]");
        return null;
      }
      double lon = pos.get(0).doubleValue();
      double lat = pos.get(1).doubleValue();
      if (!(lon >= -180 && lon <= 180 && lat >= -90 && lat <= 90)) {
        problem(
            row,
            where,
            "ring "
                + r
                + ", position "
                + (i + 1)
                + " lies outside longitude -180..180, latitude -90..90");
        return null;
      }
      cs[i++] = new Coordinate(lon, lat);
    }
    if (!cs[0].equals2D(cs[cs.length - 1])) {
      problem(row, where, "ring " + r + " is open: its last position must equal its first");
      return null;
    }
    return GEOMETRY.createLinearRing(cs);
  }

  private static String text(JsonNode n) {
    return n == null || !n.isString() ? null : n.asString();
  }

  private void problem(int row, String column, String message) {
    problems.add(new Problem(file, row, column, message));
  }

  private DistrictsRead refused(int row, String column, String message) {
    problem(row, column, message);
    return new DistrictsRead.Refused(problems);
  }
}

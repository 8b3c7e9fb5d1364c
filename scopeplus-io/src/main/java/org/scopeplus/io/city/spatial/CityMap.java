package org.scopeplus.io.city.spatial;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.Point;
import org.locationtech.jts.geom.util.GeometryTransformer;
import org.scopeplus.core.city.spatial.AllocatingToCells;
import org.scopeplus.core.city.spatial.AllocatingToDistricts;
import org.scopeplus.core.city.spatial.Allocation;
import org.scopeplus.core.city.spatial.AllocationOutcome;

/**
 * A city's districts in its local equal-area projection, and its emissions allocated to them and to
 * a grid: the geometry (district areas, the district that holds each point source, the overlap of
 * cells and districts) is computed here with JTS and handed to the core's allocation as plain
 * values.
 */
public final class CityMap {

  private static final GeometryFactory GEOMETRY = new GeometryFactory();

  private final List<District> districts;
  private final LocalProjection projection;
  private final Map<String, Geometry> projected = new TreeMap<>();
  private final Envelope box = new Envelope();

  /** The map of {@code districts}, projected about the centre of their bounding box. */
  public CityMap(List<District> districts) {
    this.districts = List.copyOf(districts);
    Envelope lonLat = new Envelope();
    districts.forEach(d -> lonLat.expandToInclude(d.boundary().getEnvelopeInternal()));
    this.projection = new LocalProjection(lonLat.centre().x, lonLat.centre().y);
    for (District d : districts) {
      Geometry g = project(d.boundary());
      projected.put(d.id(), g);
      box.expandToInclude(g.getEnvelopeInternal());
    }
  }

  public List<District> districts() {
    return districts;
  }

  public LocalProjection projection() {
    return projection;
  }

  /** The bounding box of the districts in projected metres. */
  public Envelope box() {
    return new Envelope(box);
  }

  /** A district's area in square metres (on the authalic sphere). */
  public double area(String district) {
    return projected.get(district).getArea();
  }

  /** The district whose polygon holds the point, or null when none does. */
  public String districtAt(double lon, double lat) {
    Point p = GEOMETRY.createPoint(projection.forward(lon, lat));
    for (Map.Entry<String, Geometry> e : projected.entrySet()) {
      if (e.getValue().covers(p)) {
        return e.getKey();
      }
    }
    return null;
  }

  /** Each district's weight under {@code w}; a district without population or GDP weighs 0. */
  public Map<String, Double> weights(Weighting w) {
    Map<String, Double> out = new TreeMap<>();
    for (District d : districts) {
      double v =
          switch (w) {
            case AREA -> area(d.id());
            case POPULATION -> d.population() == null ? 0 : d.population();
            case GDP -> d.gdp() == null ? 0 : d.gdp();
          };
      out.put(d.id(), v);
    }
    return out;
  }

  /**
   * The city's sector totals allocated to the districts: point sources in the district that holds
   * them, district activity as it is, the rest by {@code weighting} (per sector, area when a sector
   * is not named).
   *
   * @param districtActivity district -> sector -> grams recorded for that district
   */
  public AllocationOutcome toDistricts(
      Map<String, Long> cityTotals,
      List<PointSource> points,
      Map<String, Map<String, Long>> districtActivity,
      Map<String, Weighting> weighting) {
    Map<String, Map<String, Long>> located = new HashMap<>();
    districtActivity.forEach((d, s) -> located.put(d, new HashMap<>(s)));
    for (PointSource p : points) {
      String d = districtAt(p.lon(), p.lat());
      if (d == null) {
        return new AllocationOutcome.Refused(
            "point source '"
                + p.name()
                + "' at "
                + p.lon()
                + ", "
                + p.lat()
                + " lies in no district");
      }
      located.computeIfAbsent(d, k -> new HashMap<>()).merge(p.sector(), p.grams(), Math::addExact);
    }
    Map<String, Map<String, Double>> weights = new HashMap<>();
    weighting.forEach((sector, w) -> weights.put(sector, weights(w)));
    return AllocatingToDistricts.allocate(cityTotals, located, weights, weights(Weighting.AREA));
  }

  /**
   * A district allocation carried on to {@code cells}: point sources to their cell, the rest by
   * overlap.
   */
  public AllocationOutcome toCells(
      Allocation districtAllocation, List<PointSource> points, List<GridCell> cells) {
    Map<String, Map<String, Double>> overlaps = new HashMap<>();
    for (Map.Entry<String, Geometry> d : projected.entrySet()) {
      Map<String, Double> o = new HashMap<>();
      Envelope e = d.getValue().getEnvelopeInternal();
      for (GridCell c : cells) {
        if (c.square().getEnvelopeInternal().intersects(e)) {
          double a = c.square().intersection(d.getValue()).getArea();
          if (a > 0) {
            o.put(c.id(), a);
          }
        }
      }
      overlaps.put(d.getKey(), o);
    }
    Map<String, Map<String, Map<String, Long>>> inCells = new HashMap<>();
    for (PointSource p : points) {
      String d = districtAt(p.lon(), p.lat());
      Point at = GEOMETRY.createPoint(projection.forward(p.lon(), p.lat()));
      for (GridCell c : cells) {
        if (c.square().covers(at)) {
          inCells
              .computeIfAbsent(d, k -> new HashMap<>())
              .computeIfAbsent(p.sector(), k -> new HashMap<>())
              .merge(c.id(), p.grams(), Math::addExact);
          break;
        }
      }
    }
    return AllocatingToCells.allocate(districtAllocation, inCells, overlaps);
  }

  private Geometry project(Geometry g) {
    return new GeometryTransformer() {
      @Override
      protected org.locationtech.jts.geom.CoordinateSequence transformCoordinates(
          org.locationtech.jts.geom.CoordinateSequence coords, Geometry parent) {
        Coordinate[] out = new Coordinate[coords.size()];
        for (int i = 0; i < out.length; i++) {
          out[i] = projection.forward(coords.getX(i), coords.getY(i));
        }
        return factory.getCoordinateSequenceFactory().create(out);
      }
    }.transform(g);
  }
}

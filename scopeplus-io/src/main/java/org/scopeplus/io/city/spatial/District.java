package org.scopeplus.io.city.spatial;

import java.util.Objects;
import org.locationtech.jts.geom.Geometry;

/**
 * A district of a city: its id, name, optional population and GDP (null when not given), its
 * boundary in longitude and latitude (a valid polygon or multipolygon) and that geometry as the
 * GeoJSON text it was given in.
 */
public record District(
    String id, String name, Double population, Double gdp, Geometry boundary, String geometryJson) {
  public District {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(boundary, "boundary");
  }
}

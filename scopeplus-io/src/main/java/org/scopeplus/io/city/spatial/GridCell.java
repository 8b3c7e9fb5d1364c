package org.scopeplus.io.city.spatial;

import org.locationtech.jts.geom.Polygon;

/**
 * A square cell of the city grid: its id {@code r<row>c<column>} (row 0 at the south, column 0 at
 * the west), its square in projected metres and its corners in longitude and latitude (south-west,
 * south-east, north-east, north-west).
 */
public record GridCell(String id, int row, int column, Polygon square, double[][] corners) {}

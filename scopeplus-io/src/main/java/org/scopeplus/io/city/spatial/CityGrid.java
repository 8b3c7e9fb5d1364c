package org.scopeplus.io.city.spatial;

import java.util.ArrayList;
import java.util.List;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.GeometryFactory;

/**
 * A regular grid of square cells of {@code cellMetres} over the bounding box of the city's
 * districts in its {@link LocalProjection}: the grid starts at the box's south-west corner and
 * covers it whole (the last row and column may reach beyond it).
 */
public final class CityGrid {

  public static final int MIN_CELL_METRES = 100;
  public static final int MAX_CELL_METRES = 100_000;
  public static final int MAX_CELLS = 40_000;

  private static final GeometryFactory GEOMETRY = new GeometryFactory();

  private CityGrid() {}

  /**
   * The cells over {@code box} (projected metres), or empty when there would be more than {@link
   * #MAX_CELLS}.
   */
  public static List<GridCell> over(Envelope box, int cellMetres, LocalProjection projection) {
    int columns = Math.max(1, (int) Math.ceil(box.getWidth() / cellMetres));
    int rows = Math.max(1, (int) Math.ceil(box.getHeight() / cellMetres));
    if ((long) columns * rows > MAX_CELLS) {
      return List.of();
    }
    List<GridCell> out = new ArrayList<>(columns * rows);
    for (int r = 0; r < rows; r++) {
      for (int c = 0; c < columns; c++) {
        double x0 = box.getMinX() + (double) c * cellMetres;
        double y0 = box.getMinY() + (double) r * cellMetres;
        double x1 = x0 + cellMetres;
        double y1 = y0 + cellMetres;
        Coordinate[] ring = {
          new Coordinate(x0, y0),
          new Coordinate(x1, y0),
          new Coordinate(x1, y1),
          new Coordinate(x0, y1),
          new Coordinate(x0, y0)
        };
        double[][] corners = new double[4][];
        for (int i = 0; i < 4; i++) {
          Coordinate g = projection.inverse(ring[i].x, ring[i].y);
          corners[i] = new double[] {g.x, g.y};
        }
        out.add(new GridCell("r" + r + "c" + c, r, c, GEOMETRY.createPolygon(ring), corners));
      }
    }
    return out;
  }

  /** How many cells {@link #over} would lay. */
  public static long count(Envelope box, int cellMetres) {
    return (long) Math.max(1, (int) Math.ceil(box.getWidth() / cellMetres))
        * Math.max(1, (int) Math.ceil(box.getHeight() / cellMetres));
  }
}

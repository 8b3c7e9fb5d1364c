package org.scopeplus.io.city.spatial;

import org.locationtech.jts.geom.Coordinate;

/**
 * The Lambert azimuthal equal-area projection on the sphere of the authalic radius (6,371,007.2 m),
 * centred on a city (Snyder 1987, Map Projections — A Working Manual, USGS Professional Paper 1395,
 * pp. 182-190, equations 24-2 to 24-4 and 20-14, 24-16, 24-17 for the inverse). Areas in it are
 * true areas on that sphere, so area shares are exact for allocation; over a city (tens of
 * kilometres) the distortion of distances and angles is far below a metre per kilometre, which is
 * why the grid's square cells are laid out in it, in metres, with its origin at the centre of the
 * city.
 */
public final class LocalProjection {

  /** The radius of the sphere of the same area as the GRS 80 ellipsoid, in metres. */
  public static final double AUTHALIC_RADIUS = 6_371_007.181;

  private final double lon0;
  private final double sinLat0;
  private final double cosLat0;

  /** The projection centred on {@code lon0}, {@code lat0} (degrees). */
  public LocalProjection(double lon0, double lat0) {
    this.lon0 = Math.toRadians(lon0);
    double p = Math.toRadians(lat0);
    this.sinLat0 = Math.sin(p);
    this.cosLat0 = Math.cos(p);
  }

  /** Metres east (x) and north (y) of the centre of a longitude and latitude in degrees. */
  public Coordinate forward(double lon, double lat) {
    double l = Math.toRadians(lon) - lon0;
    double p = Math.toRadians(lat);
    double k = Math.sqrt(2 / (1 + sinLat0 * Math.sin(p) + cosLat0 * Math.cos(p) * Math.cos(l)));
    double x = AUTHALIC_RADIUS * k * Math.cos(p) * Math.sin(l);
    double y = AUTHALIC_RADIUS * k * (cosLat0 * Math.sin(p) - sinLat0 * Math.cos(p) * Math.cos(l));
    return new Coordinate(x, y);
  }

  /**
   * Longitude (x) and latitude (y) in degrees of a point {@code x}, {@code y} metres from the
   * centre.
   */
  public Coordinate inverse(double x, double y) {
    double rho = Math.hypot(x, y);
    if (rho == 0) {
      return new Coordinate(Math.toDegrees(lon0), Math.toDegrees(Math.asin(sinLat0)));
    }
    double c = 2 * Math.asin(rho / (2 * AUTHALIC_RADIUS));
    double lat = Math.asin(Math.cos(c) * sinLat0 + y * Math.sin(c) * cosLat0 / rho);
    double lon =
        lon0 + Math.atan2(x * Math.sin(c), rho * cosLat0 * Math.cos(c) - y * sinLat0 * Math.sin(c));
    return new Coordinate(Math.toDegrees(lon), Math.toDegrees(lat));
  }
}

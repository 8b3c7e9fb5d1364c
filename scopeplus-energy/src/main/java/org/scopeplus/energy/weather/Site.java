package org.scopeplus.energy.weather;

/**
 * Where a weather record was taken.
 *
 * @param name station name
 * @param latitude degrees north
 * @param longitude degrees east
 * @param elevation metres above sea level
 * @param utcOffsetHours the fixed offset of the file's local standard time, hours
 */
public record Site(
    String name, double latitude, double longitude, double elevation, double utcOffsetHours)
    implements java.io.Serializable {

  private static final long serialVersionUID = 1L;
}

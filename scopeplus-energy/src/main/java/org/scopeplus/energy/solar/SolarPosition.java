package org.scopeplus.energy.solar;

/**
 * The sun's position seen from a site at one instant, as computed by {@link Spa}.
 *
 * @param zenith topocentric zenith angle, degrees, corrected for atmospheric refraction
 * @param apparentElevation 90 - zenith, degrees
 * @param azimuth topocentric azimuth, degrees eastward from north (0..360)
 * @param declination topocentric declination, degrees
 * @param hourAngle topocentric local hour angle, degrees
 * @param earthSunDistance earth radius vector R, astronomical units
 */
public record SolarPosition(
    double zenith,
    double apparentElevation,
    double azimuth,
    double declination,
    double hourAngle,
    double earthSunDistance) {}

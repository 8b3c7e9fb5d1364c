package org.scopeplus.energy.solar;

import static java.lang.Math.cos;
import static java.lang.Math.max;
import static java.lang.Math.sin;
import static java.lang.Math.toRadians;

/**
 * Irradiance on a tilted plane (plane of array) from direct normal, diffuse horizontal and global
 * horizontal irradiance. Angles in degrees; surface azimuth eastward from north (180 = facing
 * south); irradiances in W/m².
 */
public final class Transposition {

  private Transposition() {}

  /** The sky diffuse model. */
  public enum SkyModel {
    ISOTROPIC,
    HAY_DAVIES,
    PEREZ
  }

  /** Plane-of-array irradiance and its parts, W/m². */
  public record Poa(double global, double beam, double skyDiffuse, double groundDiffuse) {}

  /** The cosine of the angle of incidence of the sun's rays on the plane (may be negative). */
  public static double cosAoi(
      double surfaceTilt, double surfaceAzimuth, double solarZenith, double solarAzimuth) {
    return cosAoi(new Surface(surfaceTilt, surfaceAzimuth), solarZenith, solarAzimuth);
  }

  /**
   * A plane's tilt and azimuth (degrees) with the cosine and sine of its tilt, computed once for a
   * series of hours; the functions below give the same values with it as without.
   */
  record Surface(double tilt, double azimuth, double cosTilt, double sinTilt) {
    Surface(double tilt, double azimuth) {
      this(tilt, azimuth, cos(toRadians(tilt)), sin(toRadians(tilt)));
    }
  }

  static double cosAoi(Surface surface, double solarZenith, double solarAzimuth) {
    double z = toRadians(solarZenith);
    return cos(z) * surface.cosTilt()
        + sin(z) * surface.sinTilt() * cos(toRadians(solarAzimuth - surface.azimuth()));
  }

  /** Isotropic sky diffuse (Liu and Jordan 1963): DHI (1 + cos tilt) / 2. */
  public static double isotropic(double surfaceTilt, double dhi) {
    return isotropic(new Surface(surfaceTilt, 0), dhi);
  }

  private static double isotropic(Surface surface, double dhi) {
    return dhi * (1 + surface.cosTilt()) / 2;
  }

  /**
   * Hay-Davies sky diffuse: J. E. Hay and J. A. Davies (1980), "Calculation of the solar radiation
   * incident on an inclined surface", Proc. First Canadian Solar Radiation Data Workshop, 59-72:
   * DHI (A Rb + (1 - A)(1 + cos tilt)/2), anisotropy index A = DNI / DNI_extra, Rb = cos(AOI) /
   * cos(zenith), cos(zenith) bounded below by cos 89 degrees.
   */
  public static double hayDavies(
      double surfaceTilt,
      double surfaceAzimuth,
      double dhi,
      double dni,
      double dniExtra,
      double solarZenith,
      double solarAzimuth) {
    Surface surface = new Surface(surfaceTilt, surfaceAzimuth);
    return hayDavies(
        surface, dhi, dni, dniExtra, solarZenith, cosAoi(surface, solarZenith, solarAzimuth));
  }

  private static double hayDavies(
      Surface surface, double dhi, double dni, double dniExtra, double solarZenith, double cosAoi) {
    double cosTheta = max(cosAoi, 0);
    double cosZ = max(cos(toRadians(solarZenith)), 0.01745240643728351);
    double rb = cosTheta / cosZ;
    double ai = dni / dniExtra;
    double skyDiffuse = dhi * (ai * rb + (1 - ai) * (1 + surface.cosTilt()) / 2);
    return max(skyDiffuse, 0);
  }

  /**
   * Perez sky diffuse: R. Perez, P. Ineichen, R. Seals, J. Michalsky and R. Stewart (1990),
   * "Modeling daylight availability and irradiance components from direct and global irradiance",
   * Solar Energy 44(5) 271-289, with the coefficients of its Table 6 (all sites composite). Sky
   * clearness epsilon = ((DHI + DNI)/DHI + k z³)/(1 + k z³), k = 1.041, z in radians; brightness
   * Delta = DHI m / DNI_extra; F1 = max(0, f11 + f12 Delta + f13 z), F2 = f21 + f22 Delta + f23 z;
   * diffuse = DHI ((1 - F1)(1 + cos tilt)/2 + F1 a/b + F2 sin tilt), a = max(0, cos AOI), b =
   * max(cos 85 degrees, cos z). Zero with the sun at or below the horizon or no diffuse light.
   *
   * @param airmass relative air mass
   */
  public static double perez(
      double surfaceTilt,
      double surfaceAzimuth,
      double dhi,
      double dni,
      double dniExtra,
      double solarZenith,
      double solarAzimuth,
      double airmass) {
    Surface surface = new Surface(surfaceTilt, surfaceAzimuth);
    return perez(
        surface,
        dhi,
        dni,
        dniExtra,
        solarZenith,
        airmass,
        cosAoi(surface, solarZenith, solarAzimuth));
  }

  private static double perez(
      Surface surface,
      double dhi,
      double dni,
      double dniExtra,
      double solarZenith,
      double airmass,
      double cosAoi) {
    if (!(dhi > 0) || !(solarZenith < 90) || Double.isNaN(airmass)) {
      return 0;
    }
    double z = toRadians(solarZenith);
    double kz3 = 1.041 * z * z * z;
    double epsilon = ((dhi + dni) / dhi + kz3) / (1 + kz3);
    int bin = 7;
    for (int i = 0; i < EPSILON_UPPER.length; i++) {
      if (epsilon < EPSILON_UPPER[i]) {
        bin = i;
        break;
      }
    }
    double delta = dhi * airmass / dniExtra;
    double[] f = PEREZ_1990[bin];
    double f1 = max(0, f[0] + f[1] * delta + f[2] * z);
    double f2 = f[3] + f[4] * delta + f[5] * z;
    double a = max(0, cosAoi);
    double b = max(0.08715574274765817, cos(z));
    double skyDiffuse =
        dhi * ((1 - f1) * (1 + surface.cosTilt()) / 2 + f1 * a / b + f2 * surface.sinTilt());
    return max(skyDiffuse, 0);
  }

  /** Ground-reflected diffuse on the plane: GHI albedo (1 - cos tilt) / 2. */
  public static double groundDiffuse(double surfaceTilt, double ghi, double albedo) {
    return groundDiffuse(new Surface(surfaceTilt, 0), ghi, albedo);
  }

  private static double groundDiffuse(Surface surface, double ghi, double albedo) {
    return ghi * albedo * (1 - surface.cosTilt()) / 2;
  }

  /** Beam, sky diffuse and ground diffuse on the plane and their sum, W/m². */
  public static Poa poa(
      SkyModel model,
      double surfaceTilt,
      double surfaceAzimuth,
      double solarZenith,
      double solarAzimuth,
      double dni,
      double ghi,
      double dhi,
      double dniExtra,
      double airmass,
      double albedo) {
    Surface surface = new Surface(surfaceTilt, surfaceAzimuth);
    return poaAtIncidence(
        model,
        surface,
        solarZenith,
        cosAoi(surface, solarZenith, solarAzimuth),
        dni,
        ghi,
        dhi,
        dniExtra,
        airmass,
        albedo);
  }

  /** {@link #poa} with the cosine of the angle of incidence already computed by {@link #cosAoi}. */
  static Poa poaAtIncidence(
      SkyModel model,
      Surface surface,
      double solarZenith,
      double cosAoi,
      double dni,
      double ghi,
      double dhi,
      double dniExtra,
      double airmass,
      double albedo) {
    double beam = max(dni * cosAoi, 0);
    double sky =
        switch (model) {
          case ISOTROPIC -> isotropic(surface, dhi);
          case HAY_DAVIES -> hayDavies(surface, dhi, dni, dniExtra, solarZenith, cosAoi);
          case PEREZ -> perez(surface, dhi, dni, dniExtra, solarZenith, airmass, cosAoi);
        };
    double ground = groundDiffuse(surface, ghi, albedo);
    return new Poa(beam + sky + ground, beam, sky, ground);
  }

  // Perez et al. (1990) Table 6: upper bounds of the sky clearness bins 1..7 (bin 8 is open).
  private static final double[] EPSILON_UPPER = {1.065, 1.230, 1.500, 1.950, 2.800, 4.500, 6.200};

  // Perez et al. (1990) Table 6 {f11, f12, f13, f21, f22, f23} per clearness bin.
  private static final double[][] PEREZ_1990 = {
    {-0.008, 0.588, -0.062, -0.060, 0.072, -0.022},
    {0.130, 0.683, -0.151, -0.019, 0.066, -0.029},
    {0.330, 0.487, -0.221, 0.055, -0.064, -0.026},
    {0.568, 0.187, -0.295, 0.109, -0.152, -0.014},
    {0.873, -0.392, -0.362, 0.226, -0.462, 0.001},
    {1.132, -1.237, -0.412, 0.288, -0.823, 0.056},
    {1.060, -1.600, -0.359, 0.264, -1.127, 0.131},
    {0.678, -0.327, -0.250, 0.156, -1.377, 0.251}
  };
}

package org.scopeplus.energy.solar;

import static java.lang.Math.PI;
import static java.lang.Math.cos;
import static java.lang.Math.exp;
import static java.lang.Math.max;
import static java.lang.Math.min;
import static java.lang.Math.pow;
import static java.lang.Math.sin;
import static java.lang.Math.toRadians;

/** Extraterrestrial and clear-sky irradiance, air mass and pressure. Irradiances in W/m². */
public final class Irradiance {

  /** The solar constant, W/m², as the reference implementations use by default. */
  public static final double SOLAR_CONSTANT = 1366.1;

  private Irradiance() {}

  /**
   * Extraterrestrial normal irradiance on a day of the year (1..366), W/m²: the solar constant
   * times J. W. Spencer's (1971) Fourier series for (r0/r)², "Fourier series representation of the
   * position of the sun", Search 2(5) 172: 1.00011 + 0.034221 cos B + 0.00128 sin B + 0.000719 cos
   * 2B + 0.000077 sin 2B, with B = 2 pi (n - 1) / 365.
   */
  public static double extraterrestrial(int dayOfYear, double solarConstant) {
    double b = 2 * PI * (dayOfYear - 1) / 365.0;
    return solarConstant
        * (1.00011
            + 0.034221 * cos(b)
            + 0.00128 * sin(b)
            + 0.000719 * cos(2 * b)
            + 0.000077 * sin(2 * b));
  }

  /**
   * Relative optical air mass, F. Kasten and A. T. Young (1989), "Revised optical air mass tables
   * and approximation formula", Applied Optics 28(22) 4735: 1 / (cos z + 0.50572 (96.07995 -
   * z)^-1.6364), z the (apparent) zenith in degrees. NaN for the sun below the horizon.
   */
  public static double relativeAirmass(double zenith) {
    if (!(zenith < 90)) {
      return Double.NaN;
    }
    return 1.0 / (cos(toRadians(zenith)) + 0.50572 * pow(96.07995 - zenith, -1.6364));
  }

  /** Standard-atmosphere pressure at an altitude (metres), Pa (U.S. Standard Atmosphere 1976). */
  public static double pressureAtAltitude(double altitude) {
    return 100 * pow((44331.514 - altitude) / 11880.516, 1 / 0.1902632);
  }

  /**
   * Clear-sky global horizontal irradiance, W/m², B. Haurwitz (1945), "Insolation in relation to
   * cloudiness and cloud density", Journal of Meteorology 2, 154-166: 1098 cos z exp(-0.059 / cos
   * z); zero with the sun below the horizon.
   */
  public static double haurwitz(double apparentZenith) {
    double c = cos(toRadians(apparentZenith));
    return c > 0 ? 1098.0 * c * exp(-0.059 / c) : 0;
  }

  /** A clear-sky estimate: global horizontal, direct normal and diffuse horizontal, W/m². */
  public record ClearSky(double ghi, double dni, double dhi) {}

  /**
   * The Ineichen-Perez clear-sky model: P. Ineichen and R. Perez (2002), "A new airmass independent
   * formulation for the Linke turbidity coefficient", Solar Energy 73(3) 151-157, eqs. 1-2 and the
   * altitude corrections fh1 = exp(-h/8000), fh2 = exp(-h/1250), cg1 = 5.09e-5 h + 0.868, cg2 =
   * 3.92e-5 h + 0.0387; the beam is the lesser of eq. 2 and the global-consistent beam of the
   * paper's eq. 7 (b = 0.664 + 0.163/fh1).
   *
   * @param apparentZenith degrees
   * @param airmassAbsolute pressure-corrected air mass
   * @param linkeTurbidity Linke turbidity factor TL (air mass 2)
   * @param altitude site altitude, metres
   * @param dniExtra extraterrestrial normal irradiance, W/m²
   */
  public static ClearSky ineichenPerez(
      double apparentZenith,
      double airmassAbsolute,
      double linkeTurbidity,
      double altitude,
      double dniExtra) {
    double cosZ = max(cos(toRadians(apparentZenith)), 0);
    if (cosZ <= 0 || Double.isNaN(airmassAbsolute)) {
      return new ClearSky(0, 0, 0);
    }
    double tl = linkeTurbidity;
    double fh1 = exp(-altitude / 8000.0);
    double fh2 = exp(-altitude / 1250.0);
    double cg1 = 5.09e-5 * altitude + 0.868;
    double cg2 = 3.92e-5 * altitude + 0.0387;
    double ghi =
        max(cg1 * dniExtra * cosZ * exp(-cg2 * airmassAbsolute * (fh1 + fh2 * (tl - 1))), 0);
    double b = 0.664 + 0.163 / fh1;
    double bnci = b * exp(-0.09 * airmassAbsolute * (tl - 1)) * dniExtra;
    double bnci2 =
        ghi * min(max((1 - (0.1 - 0.2 * exp(-tl)) / (0.1 + 0.882 / fh1)) / cosZ, 0), 1e20);
    double dni = max(min(bnci, bnci2), 0);
    double dhi = ghi - dni * cosZ;
    return new ClearSky(ghi, dni, dhi);
  }
}

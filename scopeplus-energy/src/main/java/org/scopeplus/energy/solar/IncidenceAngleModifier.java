package org.scopeplus.energy.solar;

import static java.lang.Math.cos;
import static java.lang.Math.exp;
import static java.lang.Math.max;
import static java.lang.Math.min;
import static java.lang.Math.sqrt;
import static java.lang.Math.toRadians;

/**
 * The share of the beam that a module's glass cover lets through at an angle of incidence, relative
 * to its share at normal incidence: the physical (Fresnel and Beer-Lambert) model of W. De Soto, S.
 * A. Klein and W. A. Beckman (2006), "Improvement and validation of a model for photovoltaic array
 * performance", Solar Energy 80, 78-88, section 3, which the PVWatts Version 5 Manual (A. P. Dobos
 * 2014, NREL/TP-6A20-62641) applies to the beam.
 *
 * <p>Light at incidence angle θ refracts into glass of index n at θr, sin θr = sin θ / n (Snell; as
 * pvlib-python's {@code iam.physical} notes, the paper's eq. 14 prints n sin θ). Each polarisation
 * is transmitted by the surface with 1 - r, r_s = ((cos θ - n cos θr) / (cos θ + n cos θr))², r_p =
 * ((cos θr - n cos θ) / (cos θr + n cos θ))² (Fresnel), and absorbed along the path L / cos θr with
 * extinction K, so τ(θ) = ((1 - r_s) + (1 - r_p)) / 2 · exp(-K L / cos θr). The modifier is τ(θ) /
 * τ(0), τ(0) = (1 - ((1 - n) / (1 + n))²) exp(-K L); zero at and beyond 90° (light along or behind
 * the plane). The same steps, term for term, as {@code iam.physical} of pvlib-python (commit
 * 6382338a7) without its optional anti-reflective coating.
 */
public final class IncidenceAngleModifier {

  /** The refractive index of module glass, De Soto et al. (2006) and PVWatts v5. */
  public static final double GLASS_REFRACTIVE_INDEX = 1.526;

  /** The glass's extinction coefficient K, 1/m ("water white" glass). */
  public static final double GLASS_EXTINCTION = 4.0;

  /** The glass's thickness L, m. */
  public static final double GLASS_THICKNESS = 0.002;

  private IncidenceAngleModifier() {}

  /**
   * The modifier at an angle of incidence (degrees) for the PVWatts glass: n 1.526, K 4 /m, L 2 mm.
   * NaN for NaN.
   */
  public static double physical(double aoi) {
    return physical(aoi, GLASS_REFRACTIVE_INDEX, GLASS_EXTINCTION, GLASS_THICKNESS);
  }

  /**
   * The modifier at an angle of incidence (degrees; its cosine is what counts, so -θ gives the same
   * as θ) for a cover of refractive index {@code n}, extinction {@code k} (1/m) and thickness
   * {@code thickness} (m). NaN for NaN.
   */
  public static double physical(double aoi, double n, double k, double thickness) {
    if (!(n >= 1) || !(k >= 0) || !(thickness >= 0)) {
      throw new IllegalArgumentException(
          "a glass cover has n >= 1, K >= 0 and L >= 0, not n "
              + n
              + ", K "
              + k
              + ", L "
              + thickness);
    }
    if (Math.abs(aoi) >= 90) {
      // cos 90° is 6e-17 in floating point, not 0: light along or behind the plane enters not at
      // all
      return 0;
    }
    return ofCosine(cos(toRadians(aoi)), n, k * thickness);
  }

  /** The modifier from the cosine of the angle of incidence, for the PVWatts glass. */
  static double ofCosine(double cosAoi) {
    return ofCosine(cosAoi, GLASS_REFRACTIVE_INDEX, GLASS_EXTINCTION * GLASS_THICKNESS);
  }

  private static double ofCosine(double cosAoi, double n, double kl) {
    if (Double.isNaN(cosAoi)) {
      return Double.NaN;
    }
    // a cosine computed from angles can stray past 1 by rounding: held to [0, 1] as pvlib does
    double cos1 = min(1, max(0, cosAoi));
    if (cos1 == 0) {
      // grazing or from behind: both reflectances are 1, nothing enters
      return 0;
    }
    double sin1 = sqrt(1 - cos1 * cos1);
    double sin2 = sin1 / n;
    double cos2 = sqrt(1 - sin2 * sin2);
    double rs = square((cos1 - n * cos2) / (cos1 + n * cos2));
    double rp = square((cos2 - n * cos1) / (cos2 + n * cos1));
    double r0 = square((1 - n) / (1 + n));
    double tau = ((1 - rs) + (1 - rp)) / 2 * exp(-kl / cos2);
    double tau0 = (1 - r0) * exp(-kl);
    return tau / tau0;
  }

  private static double square(double x) {
    return x * x;
  }
}

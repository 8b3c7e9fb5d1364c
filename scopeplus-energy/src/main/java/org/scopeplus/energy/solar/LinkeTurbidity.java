package org.scopeplus.energy.solar;

import static java.lang.Math.pow;

/**
 * The Linke turbidity factor from the atmosphere's water vapour and aerosols, by the Kasten
 * pyrheliometric formula: F. Kasten (1996), "The Linke turbidity factor based on improved values of
 * the integral Rayleigh optical thickness", Solar Energy 56(3), 239-244, with the broadband optical
 * depths of a clean dry atmosphere and of water vapour fitted by P. Ineichen (2008), "Conversion
 * function between the Linke turbidity and the atmospheric water vapor and aerosol content", Solar
 * Energy 82, 1095-1097, as pvlib's {@code atmosphere.kasten96_lt} implements it. The fits hold
 * within 1 % for air masses from 1 to 5 and precipitable water from 0 to 5 cm.
 */
public final class LinkeTurbidity {

  private LinkeTurbidity() {}

  /**
   * TL = (9.4 + 0.9 am) (δcda + δw + δa), with δcda = -0.101 + 0.235 am^-0.16 (clean dry
   * atmosphere), δw = 0.112 am^-0.55 w^0.34 (water vapour) and δa the broadband aerosol optical
   * depth; NaN when the air mass is (the sun below the horizon).
   *
   * @param airmassAbsolute pressure-corrected air mass
   * @param precipitableWater precipitable water, cm
   * @param aerosolOpticalDepth broadband aerosol optical depth, unitless
   */
  public static double kasten96(
      double airmassAbsolute, double precipitableWater, double aerosolOpticalDepth) {
    double am = airmassAbsolute;
    double cleanDry = -0.101 + 0.235 * pow(am, -0.16);
    double water = 0.112 * pow(am, -0.55) * pow(precipitableWater, 0.34);
    return (9.4 + 0.9 * am) * (cleanDry + water + aerosolOpticalDepth);
  }
}

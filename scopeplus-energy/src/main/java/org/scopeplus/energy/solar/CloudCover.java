package org.scopeplus.energy.solar;

import static java.lang.Math.cos;
import static java.lang.Math.max;
import static java.lang.Math.min;
import static java.lang.Math.pow;
import static java.lang.Math.sin;
import static java.lang.Math.toRadians;

import java.time.Instant;
import java.time.ZoneOffset;
import org.scopeplus.core.energy.WeatherHours;

/**
 * Irradiance from a forecast that gives total cloud cover instead of irradiance.
 *
 * <p>Global horizontal irradiance by F. Kasten and G. Czeplak (1980), "Solar and terrestrial
 * radiation dependent on the amount and type of cloud", Solar Energy 24, 177-189: under a clear sky
 * G0 = 910 sin h - 30 W/m² (h the solar elevation), and under N octas of cloud G = G0 (1 - 0.75
 * (N/8)^3.4). Its direct and diffuse parts by the diffuse-fraction correlation of D. G. Erbs, S. A.
 * Klein and J. A. Duffie (1982), "Estimation of the diffuse radiation fraction for hourly, daily
 * and monthly-average global radiation", Solar Energy 28(4), 293-302, with the clearness index and
 * the limits of pvlib's {@code irradiance.erbs} (cos z at least 0.065, kt at most 1, no beam beyond
 * a zenith of 87 degrees).
 */
public final class CloudCover {

  /** Kasten and Czeplak's clear-sky constants, W/m². */
  static final double CLEAR_A = 910;

  static final double CLEAR_B = 30;

  /** pvlib's limits in {@code erbs}: the smallest cos z in kt, the largest zenith with beam. */
  static final double MIN_COS_ZENITH = 0.065;

  static final double MAX_ZENITH = 87;

  /** Site pressure and temperature for refraction when none is given, as {@link PvSimulation}. */
  private static final double REFRACTION_TEMPERATURE = 12;

  private static final double DELTA_T = 67;

  private CloudCover() {}

  /** Global, direct normal and diffuse horizontal irradiance, W/m². */
  public record Components(double ghi, double dni, double dhi) {}

  /** Kasten and Czeplak's clear-sky GHI at a solar elevation (degrees), 0 below 1.9 degrees. */
  public static double clearSkyGhi(double elevation) {
    return max(0, CLEAR_A * sin(toRadians(elevation)) - CLEAR_B);
  }

  /**
   * Kasten and Czeplak's GHI under cloud: {@code clearGhi} x (1 - 0.75 cover^3.4), {@code cover}
   * the fraction of the sky covered (octas / 8, from 0 to 1).
   */
  public static double ghi(double clearGhi, double cover) {
    if (!(cover >= 0 && cover <= 1)) {
      throw new IllegalArgumentException("cloud cover is a fraction from 0 to 1, not " + cover);
    }
    return clearGhi * (1 - 0.75 * pow(cover, 3.4));
  }

  /**
   * Erbs' split of GHI into DNI and DHI at a true solar zenith (degrees) with the extraterrestrial
   * normal irradiance {@code dniExtra}: kt = GHI / (dniExtra max(cos z, 0.065)) within [0, 1]; the
   * diffuse fraction 1 - 0.09 kt up to kt 0.22, 0.9511 - 0.1604 kt + 4.388 kt² - 16.638 kt³ +
   * 12.336 kt⁴ up to 0.80, 0.165 above; DNI = (GHI - DHI) / cos z, and no beam (DHI = GHI) beyond a
   * zenith of 87 degrees or where DNI would be negative.
   */
  public static Components erbs(double ghi, double zenith, double dniExtra) {
    double cosZ = cos(toRadians(zenith));
    double kt = min(1, max(0, ghi / (dniExtra * max(cosZ, MIN_COS_ZENITH))));
    double df;
    if (kt <= 0.22) {
      df = 1 - 0.09 * kt;
    } else if (kt <= 0.80) {
      df = 0.9511 - 0.1604 * kt + 4.388 * kt * kt - 16.638 * pow(kt, 3) + 12.336 * pow(kt, 4);
    } else {
      df = 0.165;
    }
    double dhi = df * ghi;
    double dni = (ghi - dhi) / cosZ;
    if (zenith > MAX_ZENITH || ghi < 0 || dni < 0) {
      return new Components(ghi, 0, ghi);
    }
    return new Components(ghi, dni, dhi);
  }

  /**
   * Observed or forecast hours with GHI, DNI and DHI filled in from the cloud cover (%) where an
   * hour has cloud cover and none of the three; every other hour as given. The sun is placed by the
   * NREL SPA at the middle of each hour, at the site's position.
   *
   * @param elevation the site's elevation, metres
   */
  public static WeatherHours fill(
      WeatherHours hours, double latitude, double longitude, double elevation) {
    int n = hours.size();
    double[] ghi = hours.ghi().clone();
    double[] dni = hours.dni().clone();
    double[] dhi = hours.dhi().clone();
    double pressureMbar = Irradiance.pressureAtAltitude(elevation) / 100;
    boolean changed = false;
    for (int i = 0; i < n; i++) {
      double cover = hours.cloud()[i];
      if (Double.isNaN(cover)
          || !Double.isNaN(ghi[i])
          || !Double.isNaN(dni[i])
          || !Double.isNaN(dhi[i])) {
        continue;
      }
      long mid = hours.hourStart()[i] + 1800;
      SolarPosition sp =
          Spa.position(
              mid, latitude, longitude, elevation, pressureMbar, REFRACTION_TEMPERATURE, DELTA_T);
      int day = Instant.ofEpochSecond(mid).atOffset(ZoneOffset.UTC).getDayOfYear();
      Components c =
          erbs(
              ghi(clearSkyGhi(sp.apparentElevation()), cover / 100),
              sp.zenith(),
              Irradiance.extraterrestrial(day, Irradiance.SOLAR_CONSTANT));
      ghi[i] = c.ghi();
      dni[i] = c.dni();
      dhi[i] = c.dhi();
      changed = true;
    }
    if (!changed) {
      return hours;
    }
    return new WeatherHours(
        hours.typical(),
        hours.utcOffsetSeconds(),
        hours.hourStart(),
        hours.temperature(),
        ghi,
        dni,
        dhi,
        hours.wind(),
        hours.cloud());
  }
}

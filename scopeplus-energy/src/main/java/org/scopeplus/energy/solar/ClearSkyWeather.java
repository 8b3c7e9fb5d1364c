package org.scopeplus.energy.solar;

import java.time.Instant;
import java.time.ZoneOffset;
import org.scopeplus.energy.weather.Atmosphere;
import org.scopeplus.energy.weather.Site;
import org.scopeplus.energy.weather.WeatherYear;

/**
 * A weather year's hours with their irradiance replaced by a clear sky's: a "typical clear year"
 * when the year is a TMY3 or EPW file. Temperatures, wind, pressure and albedo are kept. The sun is
 * placed as {@link PvSimulation} places it (NREL SPA at the middle of each hour, refraction at the
 * site's standard pressure and 12 °C), and each hour's extraterrestrial irradiance is Spencer's for
 * its UTC day, as pvlib's {@code Location.get_clearsky} does with its own solar position.
 *
 * <ul>
 *   <li>Ineichen-Perez ({@link Irradiance#ineichenPerez}) with a given Linke turbidity, or each
 *       hour's from the file's own precipitable water and aerosol optical depth by {@link
 *       LinkeTurbidity#kasten96} at that hour's absolute air mass, at the site's altitude, with the
 *       absolute air mass = Kasten-Young relative air mass × p / 101325, p the standard pressure at
 *       the site's elevation (pvlib's {@code get_absolute_airmass} and {@code alt2pres}).
 *   <li>Haurwitz ({@link Irradiance#haurwitz}) gives only global horizontal irradiance; its direct
 *       and diffuse parts come from Erbs' diffuse fraction ({@link CloudCover#erbs}), as the
 *       cloud-cover path splits its GHI.
 * </ul>
 */
public final class ClearSkyWeather {

  /** The clear-sky models. */
  public enum Model {
    INEICHEN_PEREZ,
    HAURWITZ
  }

  private ClearSkyWeather() {}

  /**
   * The year with clear-sky GHI, DNI and DHI.
   *
   * @param linkeTurbidity Linke turbidity factor (air mass 2), from 1 to 10; used by Ineichen-Perez
   *     only (NaN for Haurwitz)
   * @param deltaT TT - UT for the solar position, seconds
   */
  public static WeatherYear of(
      WeatherYear weather, Model model, double linkeTurbidity, double deltaT) {
    if (model == Model.INEICHEN_PEREZ && !(linkeTurbidity >= 1 && linkeTurbidity <= 10)) {
      throw new IllegalArgumentException(
          "Ineichen-Perez needs a Linke turbidity from 1 to 10, not " + linkeTurbidity);
    }
    return of(weather, model, (i, airmass) -> linkeTurbidity, deltaT);
  }

  /**
   * The year with Ineichen-Perez GHI, DNI and DHI, each hour's Linke turbidity by {@link
   * LinkeTurbidity#kasten96} from the hour's precipitable water and aerosol optical depth at its
   * absolute air mass.
   *
   * @param atmosphere the year's atmosphere, row for row with {@code weather}
   * @param deltaT TT - UT for the solar position, seconds
   */
  public static WeatherYear of(WeatherYear weather, Atmosphere atmosphere, double deltaT) {
    if (atmosphere.size() != weather.size()) {
      throw new IllegalArgumentException(
          "the atmosphere has " + atmosphere.size() + " hours and the weather " + weather.size());
    }
    return of(
        weather,
        Model.INEICHEN_PEREZ,
        (i, airmass) ->
            LinkeTurbidity.kasten96(
                airmass, atmosphere.precipitableWater()[i], atmosphere.aerosolOpticalDepth()[i]),
        deltaT);
  }

  /** An hour's Linke turbidity at its absolute air mass. */
  private interface Turbidity {
    double at(int hour, double airmassAbsolute);
  }

  private static WeatherYear of(
      WeatherYear weather, Model model, Turbidity turbidity, double deltaT) {
    Site site = weather.site();
    int n = weather.size();
    double pressurePa = Irradiance.pressureAtAltitude(site.elevation());
    long[] mids = PvSimulation.middles(weather);
    SolarPosition[] positions =
        PvSimulation.sunAtMiddles(
            mids, site.latitude(), site.longitude(), site.elevation(), deltaT);
    double[] ghi = new double[n];
    double[] dni = new double[n];
    double[] dhi = new double[n];
    for (int i = 0; i < n; i++) {
      double zenith = positions[i].zenith();
      int doy = Instant.ofEpochSecond(mids[i]).atOffset(ZoneOffset.UTC).getDayOfYear();
      double dniExtra = Irradiance.extraterrestrial(doy, Irradiance.SOLAR_CONSTANT);
      if (model == Model.INEICHEN_PEREZ) {
        double airmass = Irradiance.relativeAirmass(zenith) * pressurePa / 101325;
        Irradiance.ClearSky cs =
            Irradiance.ineichenPerez(
                zenith, airmass, turbidity.at(i, airmass), site.elevation(), dniExtra);
        ghi[i] = cs.ghi();
        dni[i] = cs.dni();
        dhi[i] = cs.dhi();
      } else {
        CloudCover.Components c = CloudCover.erbs(Irradiance.haurwitz(zenith), zenith, dniExtra);
        ghi[i] = c.ghi();
        dni[i] = c.dni();
        dhi[i] = c.dhi();
      }
    }
    return new WeatherYear(
        site,
        weather.hourEnd(),
        ghi,
        dni,
        dhi,
        weather.airTemperature(),
        weather.windSpeed(),
        weather.pressure(),
        weather.albedo());
  }
}

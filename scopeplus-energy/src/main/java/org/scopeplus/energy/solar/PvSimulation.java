package org.scopeplus.energy.solar;

import java.time.Instant;
import java.time.ZoneOffset;
import org.scopeplus.energy.weather.Site;
import org.scopeplus.energy.weather.WeatherYear;

/**
 * Hourly PV generation from a weather series: solar position (NREL SPA) at the middle of each hour,
 * extraterrestrial irradiance (Spencer), plane-of-array irradiance (the system's sky model), cell
 * temperature, PVWatts DC with the system losses, and the PVWatts inverter.
 */
public final class PvSimulation {

  /** The refraction temperature the solar position uses, °C (an annual mean). */
  public static final double REFRACTION_TEMPERATURE = 12.0;

  private PvSimulation() {}

  /** One hour's results. Angles in degrees, irradiance in W/m², temperature °C, power W. */
  public record Hours(
      long[] hourEnd,
      double[] zenith,
      double[] azimuth,
      double[] dniExtra,
      double[] poaGlobal,
      double[] poaBeam,
      double[] poaSky,
      double[] poaGround,
      double[] cellTemperature,
      double[] dc,
      double[] ac) {

    /** The AC energy over the series, kWh (each row one hour). */
    public double acKwh() {
      double sum = 0;
      for (double w : ac) {
        sum += w;
      }
      return sum / 1000.0;
    }
  }

  /** Runs the system on the weather; the site's coordinates unless the system gives its own. */
  public static Hours run(PvSystem system, WeatherYear weather) {
    Site site = weather.site();
    double lat = Double.isNaN(system.latitude()) ? site.latitude() : system.latitude();
    double lon = Double.isNaN(system.longitude()) ? site.longitude() : system.longitude();
    double pressureMbar = Irradiance.pressureAtAltitude(site.elevation()) / 100.0;
    double pdc0 = system.dcCapacityKw() * 1000.0;
    double pac0 = system.inverterAcKw() * 1000.0;
    double lossFactor = 1 - system.lossesPercent() / 100.0;
    int n = weather.size();
    Hours h =
        new Hours(
            weather.hourEnd().clone(),
            new double[n],
            new double[n],
            new double[n],
            new double[n],
            new double[n],
            new double[n],
            new double[n],
            new double[n],
            new double[n],
            new double[n]);
    long[] mids = new long[n];
    for (int i = 0; i < n; i++) {
      mids[i] = weather.hourEnd()[i] - 1800;
    }
    SolarPosition[] positions =
        Spa.positions(
            mids,
            lat,
            lon,
            site.elevation(),
            pressureMbar,
            REFRACTION_TEMPERATURE,
            system.deltaT());
    Transposition.Surface surface = new Transposition.Surface(system.tilt(), system.azimuth());
    long day = Long.MIN_VALUE;
    double dniExtra = Double.NaN;
    for (int i = 0; i < n; i++) {
      long mid = mids[i];
      SolarPosition sp = positions[i];
      if (Math.floorDiv(mid, 86400) != day) {
        // The UTC day of the year changes at most once a day: compute its irradiance then.
        day = Math.floorDiv(mid, 86400);
        int doy = Instant.ofEpochSecond(mid).atOffset(ZoneOffset.UTC).getDayOfYear();
        dniExtra = Irradiance.extraterrestrial(doy, Irradiance.SOLAR_CONSTANT);
      }
      double airmass = Irradiance.relativeAirmass(sp.zenith());
      double albedo =
          !Double.isNaN(system.albedo())
              ? system.albedo()
              : Double.isNaN(weather.albedo()[i]) ? 0.25 : weather.albedo()[i];
      Transposition.Poa poa =
          Transposition.poa(
              system.skyModel(),
              surface,
              sp.zenith(),
              sp.azimuth(),
              weather.dni()[i],
              weather.ghi()[i],
              weather.dhi()[i],
              dniExtra,
              airmass,
              albedo);
      double tc =
          system
              .temperatureModel()
              .cell(poa.global(), weather.airTemperature()[i], weather.windSpeed()[i]);
      double dc = Math.max(PvWatts.dc(poa.global(), tc, pdc0, system.gamma()), 0) * lossFactor;
      double ac = PvWatts.ac(dc, pac0, PvWatts.NOMINAL_EFFICIENCY, PvWatts.REFERENCE_EFFICIENCY);
      h.zenith()[i] = sp.zenith();
      h.azimuth()[i] = sp.azimuth();
      h.dniExtra()[i] = dniExtra;
      h.poaGlobal()[i] = poa.global();
      h.poaBeam()[i] = poa.beam();
      h.poaSky()[i] = poa.skyDiffuse();
      h.poaGround()[i] = poa.groundDiffuse();
      h.cellTemperature()[i] = tc;
      h.dc()[i] = dc;
      h.ac()[i] = ac;
    }
    return h;
  }
}

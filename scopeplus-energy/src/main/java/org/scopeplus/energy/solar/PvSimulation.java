package org.scopeplus.energy.solar;

import java.time.Instant;
import java.time.ZoneOffset;
import org.scopeplus.energy.weather.Site;
import org.scopeplus.energy.weather.WeatherYear;

/**
 * Hourly PV generation from a weather series: solar position (NREL SPA) at the middle of each hour,
 * extraterrestrial irradiance (Spencer), plane-of-array irradiance (the system's sky model), the
 * glass cover's reflection loss on the beam ({@link IncidenceAngleModifier#physical}), cell
 * temperature from the plane-of-array global irradiance, PVWatts DC on the effective irradiance
 * with the system losses, and the PVWatts inverter: the steps and order of pvlib-python's {@code
 * ModelChain.with_pvwatts} (physical AOI model, no spectral loss, effective irradiance = beam × IAM
 * + sky and ground diffuse).
 */
public final class PvSimulation {

  /** The refraction temperature the solar position uses, °C (an annual mean). */
  public static final double REFRACTION_TEMPERATURE = 12.0;

  private PvSimulation() {}

  /**
   * One hour's results. Angles in degrees, irradiance in W/m², temperature °C, power W; {@code aoi}
   * the angle of incidence of the beam on the plane, {@code iam} the cover's modifier at it, {@code
   * effectiveIrradiance} the beam times {@code iam} plus the sky and ground diffuse.
   */
  public record Hours(
      long[] hourEnd,
      double[] zenith,
      double[] azimuth,
      double[] dniExtra,
      double[] poaGlobal,
      double[] poaBeam,
      double[] poaSky,
      double[] poaGround,
      double[] aoi,
      double[] iam,
      double[] effectiveIrradiance,
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

    /** Rows for the given hour ends, every value 0 until computed. */
    static Hours empty(long[] hourEnd) {
      int n = hourEnd.length;
      return new Hours(
          hourEnd,
          new double[n],
          new double[n],
          new double[n],
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
    }
  }

  /** Runs the system on the weather; the site's coordinates unless the system gives its own. */
  public static Hours run(PvSystem system, WeatherYear weather) {
    Site site = weather.site();
    double lat = Double.isNaN(system.latitude()) ? site.latitude() : system.latitude();
    double lon = Double.isNaN(system.longitude()) ? site.longitude() : system.longitude();
    int n = weather.size();
    Hours h = Hours.empty(weather.hourEnd().clone());
    long[] mids = middles(weather);
    SolarPosition[] positions = sunAtMiddles(mids, lat, lon, site.elevation(), system.deltaT());
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
      double albedo =
          !Double.isNaN(system.albedo())
              ? system.albedo()
              : Double.isNaN(weather.albedo()[i]) ? 0.25 : weather.albedo()[i];
      hour(
          system,
          surface,
          sp.zenith(),
          sp.azimuth(),
          dniExtra,
          weather.dni()[i],
          weather.ghi()[i],
          weather.dhi()[i],
          albedo,
          weather.airTemperature()[i],
          weather.windSpeed()[i],
          h,
          i);
    }
    return h;
  }

  /** The middle of each hour of the weather: its end less 30 minutes, seconds since the epoch. */
  static long[] middles(WeatherYear weather) {
    long[] mids = new long[weather.size()];
    for (int i = 0; i < mids.length; i++) {
      mids[i] = weather.hourEnd()[i] - 1800;
    }
    return mids;
  }

  /**
   * The sun at each instant (NREL SPA), refracted at the standard pressure of the elevation and
   * {@link #REFRACTION_TEMPERATURE}.
   */
  static SolarPosition[] sunAtMiddles(
      long[] mids, double latitude, double longitude, double elevation, double deltaT) {
    return Spa.positions(
        mids,
        latitude,
        longitude,
        elevation,
        Irradiance.pressureAtAltitude(elevation) / 100.0,
        REFRACTION_TEMPERATURE,
        deltaT);
  }

  /**
   * One hour of the chain from the sun's position onwards, written into row {@code i} of {@code h}:
   * air mass, plane-of-array irradiance, the cover's modifier on the beam, cell temperature from
   * POA global, PVWatts DC on the effective irradiance (never below 0) times (1 - losses/100), and
   * the inverter.
   *
   * @param zenith the sun's zenith, refracted (pvlib's apparent zenith), degrees
   */
  static void hour(
      PvSystem system,
      Transposition.Surface surface,
      double zenith,
      double azimuth,
      double dniExtra,
      double dni,
      double ghi,
      double dhi,
      double albedo,
      double airTemperature,
      double windSpeed,
      Hours h,
      int i) {
    double airmass = Irradiance.relativeAirmass(zenith);
    double cosAoi = Transposition.cosAoi(surface, zenith, azimuth);
    Transposition.Poa poa =
        Transposition.poaAtIncidence(
            system.skyModel(), surface, zenith, cosAoi, dni, ghi, dhi, dniExtra, airmass, albedo);
    double iam = IncidenceAngleModifier.ofCosine(cosAoi);
    double effective = poa.beam() * iam + poa.skyDiffuse() + poa.groundDiffuse();
    double tc = system.temperatureModel().cell(poa.global(), airTemperature, windSpeed);
    double pdc0 = system.dcCapacityKw() * 1000.0;
    double dc =
        Math.max(PvWatts.dc(effective, tc, pdc0, system.gamma()), 0)
            * (1 - system.lossesPercent() / 100.0);
    double ac =
        PvWatts.ac(
            dc,
            system.inverterAcKw() * 1000.0,
            PvWatts.NOMINAL_EFFICIENCY,
            PvWatts.REFERENCE_EFFICIENCY);
    h.zenith()[i] = zenith;
    h.azimuth()[i] = azimuth;
    h.dniExtra()[i] = dniExtra;
    h.poaGlobal()[i] = poa.global();
    h.poaBeam()[i] = poa.beam();
    h.poaSky()[i] = poa.skyDiffuse();
    h.poaGround()[i] = poa.groundDiffuse();
    h.aoi()[i] = Math.toDegrees(Math.acos(Math.max(-1, Math.min(1, cosAoi))));
    h.iam()[i] = iam;
    h.effectiveIrradiance()[i] = effective;
    h.cellTemperature()[i] = tc;
    h.dc()[i] = dc;
    h.ac()[i] = ac;
  }
}

package org.scopeplus.flink.energy;

import java.io.Serializable;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.Map;
import org.scopeplus.energy.load.HourlySeries;
import org.scopeplus.energy.suggest.Suggestions;
import org.scopeplus.energy.suggest.Tariff;
import org.scopeplus.energy.weather.WeatherYear;

/**
 * What the meters of the batch are run with, shipped to every task: the run's time zone (the sites'
 * local calendar), tariff and grid factor (kg CO2 per kWh), each meter's own where the meters file
 * ({@link MeterSitesFile}) gives them, and, optionally, forecast temperatures for meters whose
 * readings bring no forecast hours of their own. The suggestion rules' assumptions are {@link
 * Suggestions.Options#defaults()}, as in the embedded batch.
 *
 * @param zone the run's time zone, e.g. {@code Asia/Shanghai}
 * @param tariff the run's tariff
 * @param gridFactorKgPerKwh the run's CO2 per kWh of grid electricity
 * @param forecastHours hour starts (epoch seconds UTC) of the given forecast temperatures
 * @param forecastCelsius the given forecast temperatures, °C
 * @param meters each listed meter's own time zone, tariff, grid factor and weather year, by meter
 *     id
 * @param weather the run's weather year with irradiance for the PV suggestion, or null (none)
 */
public record NightlySettings(
    String zone,
    Tariff tariff,
    double gridFactorKgPerKwh,
    long[] forecastHours,
    double[] forecastCelsius,
    Map<String, MeterSite> meters,
    WeatherYear weather)
    implements Serializable {

  private static final long serialVersionUID = 1L;

  public NightlySettings {
    ZoneId.of(zone);
    grid(gridFactorKgPerKwh);
    forecastHours = forecastHours == null ? new long[0] : forecastHours.clone();
    forecastCelsius = forecastCelsius == null ? new double[0] : forecastCelsius.clone();
    new HourlySeries(forecastHours, forecastCelsius); // checks order and lengths
    meters = meters == null ? Map.of() : new HashMap<>(meters);
  }

  /**
   * One meter's own site: its time zone, tariff, grid factor and weather year (null: no PV
   * suggestion). Meters of one tariff share one {@link Tariff}, meters of one weather file one
   * {@link WeatherYear}, so each is shipped once (serialization keeps what is shared shared).
   */
  public record MeterSite(
      String zone, Tariff tariff, double gridFactorKgPerKwh, WeatherYear weather)
      implements Serializable {

    private static final long serialVersionUID = 1L;

    public MeterSite {
      ZoneId.of(zone);
      grid(gridFactorKgPerKwh);
    }
  }

  private static void grid(double kgPerKwh) {
    if (!(kgPerKwh >= 0 && kgPerKwh <= 5)) {
      throw new IllegalArgumentException(
          "grid factor " + kgPerKwh + " kg CO2/kWh: expected 0 to 5");
    }
  }

  /** These settings with each listed meter's own site. */
  public NightlySettings withMeters(Map<String, MeterSite> meters) {
    return new NightlySettings(
        zone, tariff, gridFactorKgPerKwh, forecastHours, forecastCelsius, meters, weather);
  }

  /** These settings with a weather year for the PV suggestion of the meters not listed. */
  public NightlySettings withWeather(WeatherYear weather) {
    return new NightlySettings(
        zone, tariff, gridFactorKgPerKwh, forecastHours, forecastCelsius, meters, weather);
  }

  /** Settings with forecast temperatures given for every meter (null: none given). */
  public static NightlySettings of(
      ZoneId zone, Tariff tariff, double gridFactorKgPerKwh, HourlySeries forecast) {
    return new NightlySettings(
        zone.getId(),
        tariff,
        gridFactorKgPerKwh,
        forecast == null ? null : forecast.hourStarts(),
        forecast == null ? null : forecast.values(),
        null,
        null);
  }

  public ZoneId zoneId() {
    return ZoneId.of(zone);
  }

  /** The given forecast temperatures (empty when none were given). */
  public HourlySeries forecast() {
    return new HourlySeries(forecastHours.clone(), forecastCelsius.clone());
  }

  /** The suggestion rules' assumptions: the embedded batch's defaults. */
  public Suggestions.Options options() {
    return Suggestions.Options.defaults();
  }
}

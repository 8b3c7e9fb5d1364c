package org.scopeplus.flink.energy;

import java.io.Serializable;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.scopeplus.energy.load.HourlySeries;
import org.scopeplus.energy.suggest.Suggestions;
import org.scopeplus.energy.suggest.Tariff;
import org.scopeplus.energy.weather.Site;
import org.scopeplus.energy.weather.WeatherYear;

/**
 * What the meters of the batch are run with, shipped to every task: the run's time zone (the sites'
 * local calendar), tariff and grid factor (kg CO2 per kWh), each meter's own where the meters file
 * ({@link MeterSitesFile}) gives them, and, optionally, forecast temperatures for meters whose
 * readings bring no forecast hours of their own. The suggestion rules' assumptions are {@link
 * Suggestions.Options#defaults()}, as in the embedded batch.
 *
 * @param zone the run's time zone, e.g. {@code Asia/Shanghai}
 * @param tariffParts the run's tariff in parts a task can receive ({@link #tariff()} rebuilds it)
 * @param gridFactorKgPerKwh the run's CO2 per kWh of grid electricity
 * @param forecastHours hour starts (epoch seconds UTC) of the given forecast temperatures
 * @param forecastCelsius the given forecast temperatures, °C
 * @param meters each listed meter's own time zone, tariff, grid factor and weather year, by meter
 *     id
 * @param weatherParts the run's weather year with irradiance for the PV suggestion, or null (none)
 */
public record NightlySettings(
    String zone,
    TariffParts tariffParts,
    double gridFactorKgPerKwh,
    long[] forecastHours,
    double[] forecastCelsius,
    Map<String, MeterSite> meters,
    WeatherParts weatherParts)
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
   * suggestion). Meters of one tariff share one {@link TariffParts}, meters of one weather file one
   * {@link WeatherParts}, so each is shipped once.
   */
  public record MeterSite(
      String zone, TariffParts tariff, double gridFactorKgPerKwh, WeatherParts weather)
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
        zone,
        tariffParts,
        gridFactorKgPerKwh,
        forecastHours,
        forecastCelsius,
        meters,
        weatherParts);
  }

  /** These settings with a weather year for the PV suggestion of the meters not listed. */
  public NightlySettings withWeather(WeatherYear weather) {
    return new NightlySettings(
        zone,
        tariffParts,
        gridFactorKgPerKwh,
        forecastHours,
        forecastCelsius,
        meters,
        WeatherParts.of(weather));
  }

  /** The run's weather year, or null. */
  public WeatherYear weather() {
    return weatherParts == null ? null : weatherParts.weather();
  }

  /** A {@link WeatherYear}'s fields, serializable. */
  public record WeatherParts(
      String siteName,
      double latitude,
      double longitude,
      double elevation,
      double utcOffsetHours,
      long[] hourEnd,
      double[] ghi,
      double[] dni,
      double[] dhi,
      double[] airTemperature,
      double[] windSpeed,
      double[] pressure,
      double[] albedo)
      implements Serializable {

    private static final long serialVersionUID = 1L;

    /** A weather year's parts, or null for none. */
    public static WeatherParts of(WeatherYear w) {
      if (w == null) {
        return null;
      }
      Site s = w.site();
      return new WeatherParts(
          s.name(),
          s.latitude(),
          s.longitude(),
          s.elevation(),
          s.utcOffsetHours(),
          w.hourEnd(),
          w.ghi(),
          w.dni(),
          w.dhi(),
          w.airTemperature(),
          w.windSpeed(),
          w.pressure(),
          w.albedo());
    }

    WeatherYear weather() {
      return new WeatherYear(
          new Site(siteName, latitude, longitude, elevation, utcOffsetHours),
          hourEnd,
          ghi,
          dni,
          dhi,
          airTemperature,
          windSpeed,
          pressure,
          albedo);
    }
  }

  /** Settings with forecast temperatures given for every meter (null: none given). */
  public static NightlySettings of(
      ZoneId zone, Tariff tariff, double gridFactorKgPerKwh, HourlySeries forecast) {
    return new NightlySettings(
        zone.getId(),
        TariffParts.of(tariff),
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

  /** A {@link Tariff}'s fields, serializable. */
  public record TariffParts(
      String currency,
      String[] periodOfHour,
      double[] priceOfHour,
      String[] restDayPeriodOfHour,
      double[] restDayPriceOfHour,
      List<String> holidays,
      List<String> workdays,
      double demandChargePerKwMonth,
      double exportPrice)
      implements Serializable {

    private static final long serialVersionUID = 1L;

    /** A tariff's parts. */
    public static TariffParts of(Tariff t) {
      return new TariffParts(
          t.currency(),
          t.periodOfHour(),
          t.priceOfHour(),
          t.restDayPeriodOfHour(),
          t.restDayPriceOfHour(),
          t.holidays().stream().map(LocalDate::toString).sorted().toList(),
          t.workdays().stream().map(LocalDate::toString).sorted().toList(),
          t.demandChargePerKwMonth(),
          t.exportPrice());
    }

    Tariff tariff() {
      return new Tariff(
          currency,
          periodOfHour,
          priceOfHour,
          restDayPeriodOfHour,
          restDayPriceOfHour,
          dates(holidays),
          dates(workdays),
          demandChargePerKwMonth,
          exportPrice);
    }

    private static Set<LocalDate> dates(List<String> days) {
      return days.stream().map(LocalDate::parse).collect(Collectors.toSet());
    }
  }

  /** The tariff. */
  public Tariff tariff() {
    return tariffParts.tariff();
  }
}

package org.scopeplus.flink.energy;

import java.io.Serializable;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.scopeplus.energy.load.HourlySeries;
import org.scopeplus.energy.suggest.Suggestions;
import org.scopeplus.energy.suggest.Tariff;

/**
 * What every meter of the batch is run with, shipped to every task: the sites' time zone (their
 * local calendar), the tariff, the grid factor (kg CO2 per kWh) and, optionally, forecast
 * temperatures for meters whose readings bring no forecast hours of their own. The suggestion
 * rules' assumptions are {@link Suggestions.Options#defaults()}, as in the embedded batch.
 *
 * @param zone the sites' time zone, e.g. {@code Asia/Shanghai}
 * @param tariffParts the tariff in parts a task can receive ({@link #tariff()} rebuilds it)
 * @param gridFactorKgPerKwh CO2 per kWh of grid electricity
 * @param forecastHours hour starts (epoch seconds UTC) of the given forecast temperatures
 * @param forecastCelsius the given forecast temperatures, °C
 */
public record NightlySettings(
    String zone,
    TariffParts tariffParts,
    double gridFactorKgPerKwh,
    long[] forecastHours,
    double[] forecastCelsius)
    implements Serializable {

  private static final long serialVersionUID = 1L;

  public NightlySettings {
    ZoneId.of(zone);
    if (!(gridFactorKgPerKwh >= 0 && gridFactorKgPerKwh <= 5)) {
      throw new IllegalArgumentException(
          "grid factor " + gridFactorKgPerKwh + " kg CO2/kWh: expected 0 to 5");
    }
    forecastHours = forecastHours == null ? new long[0] : forecastHours.clone();
    forecastCelsius = forecastCelsius == null ? new double[0] : forecastCelsius.clone();
    new HourlySeries(forecastHours, forecastCelsius); // checks order and lengths
  }

  /** Settings with forecast temperatures given for every meter (null: none given). */
  public static NightlySettings of(
      ZoneId zone, Tariff tariff, double gridFactorKgPerKwh, HourlySeries forecast) {
    return new NightlySettings(
        zone.getId(),
        TariffParts.of(tariff),
        gridFactorKgPerKwh,
        forecast == null ? null : forecast.hourStarts(),
        forecast == null ? null : forecast.values());
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
      double demandChargePerKwMonth,
      double exportPrice)
      implements Serializable {

    private static final long serialVersionUID = 1L;

    static TariffParts of(Tariff t) {
      return new TariffParts(
          t.currency(),
          t.periodOfHour(),
          t.priceOfHour(),
          t.restDayPeriodOfHour(),
          t.restDayPriceOfHour(),
          t.holidays().stream().map(LocalDate::toString).sorted().toList(),
          t.demandChargePerKwMonth(),
          t.exportPrice());
    }

    Tariff tariff() {
      Set<LocalDate> days = holidays.stream().map(LocalDate::parse).collect(Collectors.toSet());
      return new Tariff(
          currency,
          periodOfHour,
          priceOfHour,
          restDayPeriodOfHour,
          restDayPriceOfHour,
          days,
          demandChargePerKwMonth,
          exportPrice);
    }
  }

  /** The tariff. */
  public Tariff tariff() {
    return tariffParts.tariff();
  }
}

package org.scopeplus.energy.solar;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Properties;
import java.util.Set;

/**
 * A PV system as PVWatts describes one.
 *
 * @param latitude degrees north, NaN to take the weather file's
 * @param longitude degrees east, NaN to take the weather file's
 * @param dcCapacityKw DC rating at 1000 W/m² and 25 °C, kW
 * @param tilt surface tilt from horizontal, degrees
 * @param azimuth surface azimuth eastward from north, degrees (180 = south)
 * @param lossesPercent PVWatts system losses, % (the manual's default 14.08)
 * @param inverterAcKw inverter AC rating, kW
 * @param gamma temperature coefficient of power, 1/°C
 * @param temperatureModel cell temperature model
 * @param skyModel sky diffuse model
 * @param albedo ground reflectance, NaN to take the weather file's (else 0.25)
 * @param deltaT TT - UT for the solar position, seconds
 */
public record PvSystem(
    double latitude,
    double longitude,
    double dcCapacityKw,
    double tilt,
    double azimuth,
    double lossesPercent,
    double inverterAcKw,
    double gamma,
    TemperatureModel temperatureModel,
    Transposition.SkyModel skyModel,
    double albedo,
    double deltaT) {

  /** The cell temperature models and their published parameters. */
  public enum TemperatureModel {
    SAPM_OPEN_RACK_GLASS_GLASS,
    SAPM_CLOSE_MOUNT_GLASS_GLASS,
    SAPM_OPEN_RACK_GLASS_POLYMER,
    SAPM_INSULATED_BACK_GLASS_POLYMER,
    FAIMAN;

    /** Cell temperature, °C. */
    public double cell(double poa, double airTemperature, double wind) {
      return switch (this) {
        case SAPM_OPEN_RACK_GLASS_GLASS ->
            CellTemperature.Sapm.OPEN_RACK_GLASS_GLASS.cell(poa, airTemperature, wind);
        case SAPM_CLOSE_MOUNT_GLASS_GLASS ->
            CellTemperature.Sapm.CLOSE_MOUNT_GLASS_GLASS.cell(poa, airTemperature, wind);
        case SAPM_OPEN_RACK_GLASS_POLYMER ->
            CellTemperature.Sapm.OPEN_RACK_GLASS_POLYMER.cell(poa, airTemperature, wind);
        case SAPM_INSULATED_BACK_GLASS_POLYMER ->
            CellTemperature.Sapm.INSULATED_BACK_GLASS_POLYMER.cell(poa, airTemperature, wind);
        case FAIMAN -> CellTemperature.Faiman.DEFAULT.cell(poa, airTemperature, wind);
      };
    }
  }

  private static final Set<String> KEYS =
      Set.of(
          "latitude",
          "longitude",
          "dc_capacity_kw",
          "tilt",
          "azimuth",
          "losses_percent",
          "inverter_ac_kw",
          "gamma",
          "temperature_model",
          "sky_model",
          "albedo",
          "delta_t");

  /**
   * Reads a properties file: dc_capacity_kw, tilt, azimuth (required); inverter_ac_kw (default
   * dc_capacity_kw / 1.2, PVWatts' DC/AC ratio), losses_percent (14.08), gamma (-0.0047),
   * temperature_model (sapm_open_rack_glass_glass), sky_model (perez), latitude, longitude, albedo,
   * delta_t (67 s).
   */
  public static PvSystem read(Path file) throws IOException {
    Properties p = new Properties();
    try (Reader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      p.load(r);
    }
    for (String key : p.stringPropertyNames()) {
      if (!KEYS.contains(key)) {
        throw new IllegalArgumentException(file + ": unknown key '" + key + "'");
      }
    }
    double dc = number(file, p, "dc_capacity_kw", null, 1e-6, 1e7);
    return new PvSystem(
        number(file, p, "latitude", Double.NaN, -90, 90),
        number(file, p, "longitude", Double.NaN, -180, 180),
        dc,
        number(file, p, "tilt", null, 0, 180),
        number(file, p, "azimuth", null, 0, 360),
        number(file, p, "losses_percent", 14.08, 0, 99),
        number(file, p, "inverter_ac_kw", dc / 1.2, 1e-6, 1e7),
        number(file, p, "gamma", -0.0047, -0.02, 0.01),
        choice(file, p, "temperature_model", TemperatureModel.SAPM_OPEN_RACK_GLASS_GLASS),
        choice(file, p, "sky_model", Transposition.SkyModel.PEREZ),
        number(file, p, "albedo", Double.NaN, 0, 1),
        number(file, p, "delta_t", 67.0, -1000, 1000));
  }

  private static double number(
      Path file, Properties p, String key, Double fallback, double min, double max) {
    String text = p.getProperty(key);
    if (text == null || text.isBlank()) {
      if (fallback == null) {
        throw new IllegalArgumentException(file + ": '" + key + "' is required");
      }
      return fallback;
    }
    double v;
    try {
      v = Double.parseDouble(text.trim());
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException(file + ": " + key + " '" + text + "' is not a number");
    }
    if (!(v >= min && v <= max)) {
      throw new IllegalArgumentException(
          file + ": " + key + " " + v + " lies outside " + min + ".." + max);
    }
    return v;
  }

  private static <E extends Enum<E>> E choice(Path file, Properties p, String key, E fallback) {
    String text = p.getProperty(key);
    if (text == null || text.isBlank()) {
      return fallback;
    }
    try {
      return Enum.valueOf(
          fallback.getDeclaringClass(), text.trim().toUpperCase(Locale.ROOT).replace('-', '_'));
    } catch (IllegalArgumentException e) {
      StringBuilder names = new StringBuilder();
      for (E c : fallback.getDeclaringClass().getEnumConstants()) {
        names.append(names.isEmpty() ? "" : ", ").append(c.name().toLowerCase(Locale.ROOT));
      }
      throw new IllegalArgumentException(
          file + ": " + key + " '" + text + "' is not one of " + names);
    }
  }
}

package org.scopeplus.core.energy;

import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * A PV system of a site as PVWatts describes it (Dobos 2014, NREL/TP-6A20-62641): DC capacity, tilt
 * and azimuth (degrees clockwise from north, 180 = facing south), system losses, the inverter's AC
 * rating and the cell temperature model (the SAPM mountings of King et al. 2004, SAND2004-3535, or
 * Faiman 2008).
 */
public record PvArray(
    String id,
    String siteId,
    String name,
    double dcKw,
    double tilt,
    double azimuth,
    double lossesPercent,
    double inverterAcKw,
    String temperatureModel) {

  /** The cell temperature models, as the solar models name them. */
  public static final Set<String> TEMPERATURE_MODELS =
      Set.of(
          "SAPM_OPEN_RACK_GLASS_GLASS",
          "SAPM_CLOSE_MOUNT_GLASS_GLASS",
          "SAPM_OPEN_RACK_GLASS_POLYMER",
          "SAPM_INSULATED_BACK_GLASS_POLYMER",
          "FAIMAN");

  /** The model name in the form kept: upper case with underscores. */
  public static String modelName(String given) {
    return given == null ? null : given.strip().toUpperCase(Locale.ROOT).replace('-', '_');
  }

  /** Why the array cannot be kept, if it cannot. */
  public Optional<String> refusal() {
    if (name == null || name.isBlank() || name.length() > 200) {
      return Optional.of("a PV system has a name of 1 to 200 characters");
    }
    if (!(dcKw > 0 && dcKw <= 1_000_000)) {
      return Optional.of("dcKw lies above 0 and at most 1,000,000 kW (1 GW)");
    }
    if (!(tilt >= 0 && tilt <= 90)) {
      return Optional.of("tilt lies between 0 (flat) and 90 degrees (vertical)");
    }
    if (!(azimuth >= 0 && azimuth < 360)) {
      return Optional.of("azimuth lies from 0 to below 360 degrees, clockwise from north");
    }
    if (!(lossesPercent >= 0 && lossesPercent < 100)) {
      return Optional.of("lossesPercent lies from 0 to below 100 (PVWatts' default 14.08)");
    }
    if (!(inverterAcKw > 0 && inverterAcKw <= 2 * dcKw)) {
      return Optional.of("inverterAcKw lies above 0 and at most twice the DC capacity");
    }
    if (temperatureModel == null || !TEMPERATURE_MODELS.contains(temperatureModel)) {
      return Optional.of(
          "temperatureModel is one of sapm_open_rack_glass_glass, sapm_close_mount_glass_glass,"
              + " sapm_open_rack_glass_polymer, sapm_insulated_back_glass_polymer, faiman");
    }
    return Optional.empty();
  }
}

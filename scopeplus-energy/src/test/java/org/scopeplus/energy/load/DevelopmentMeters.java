package org.scopeplus.energy.load;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;

/** The development meters of the test resources (load/README.md), read once. */
final class DevelopmentMeters {

  static final ZoneId ILLINOIS = ZoneOffset.ofHours(-6);
  static final ZoneId UK = ZoneOffset.UTC;

  static final HourlySeries IL_KWH;
  static final HourlySeries IL_TEMPERATURE;
  static final HourlySeries UK_KWH;
  static final HourlySeries UK_TEMPERATURE;

  static {
    try {
      IL_KWH = MeterFiles.readEnergy(path("il-electricity-cdd-only-hourly.csv.gz"), ILLINOIS);
      IL_TEMPERATURE = MeterFiles.readTemperature(path("il-tempF.csv.gz"), ILLINOIS);
      UK_KWH = MeterFiles.readEnergy(path("uk-electricity-hdd-only-hourly-sample-0.csv.gz"), UK);
      UK_TEMPERATURE = MeterFiles.readTemperature(path("uk-tempC-sample-0.csv.gz"), UK);
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
  }

  private DevelopmentMeters() {}

  static Path path(String name) {
    try {
      return Path.of(DevelopmentMeters.class.getResource("/load/" + name).toURI());
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }

  static long at(String isoWithOffset) {
    return OffsetDateTime.parse(isoWithOffset).toEpochSecond();
  }
}

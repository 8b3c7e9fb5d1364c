package org.scopeplus.energy.load;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.OffsetDateTime;
import java.time.Period;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Locale;

/**
 * The development meters of the test resources (load/README.md), read once, and the month-ahead
 * rolling-origin backtest that docs/energy.md reports on them, for this module's tests and, by its
 * test jar, for scopeplus-energy-gbt's.
 */
public final class DevelopmentMeters {

  public static final ZoneId ILLINOIS = ZoneOffset.ofHours(-6);
  public static final ZoneId UK = ZoneOffset.UTC;

  public static final HourlySeries IL_KWH;
  public static final HourlySeries IL_TEMPERATURE;
  public static final HourlySeries UK_KWH;
  public static final HourlySeries UK_TEMPERATURE;

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

  /**
   * A development file as a path: the resource itself in this module, a temporary copy when it is
   * read from the test jar.
   */
  static Path path(String name) {
    String resource = "/load/" + name;
    var url = DevelopmentMeters.class.getResource(resource);
    if (url == null) {
      throw new IllegalStateException("no test resource " + resource);
    }
    if (url.getProtocol().equals("file")) {
      try {
        return Path.of(url.toURI());
      } catch (java.net.URISyntaxException e) {
        throw new IllegalStateException(e);
      }
    }
    try (InputStream in = url.openStream()) {
      Path copy = Files.createTempFile("development-", "-" + name);
      copy.toFile().deleteOnExit();
      Files.copy(in, copy, StandardCopyOption.REPLACE_EXISTING);
      return copy;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static long at(String isoWithOffset) {
    return OffsetDateTime.parse(isoWithOffset).toEpochSecond();
  }

  /** A backtest's accuracy over its own intervals and over local days. */
  public record Figures(Accuracy native_, Accuracy days) {}

  /** Month-ahead origins from {@code from} to {@code to} with a training window of days. */
  public static Figures run(
      String model,
      HourlySeries kwh,
      HourlySeries temp,
      ZoneId zone,
      int trainDays,
      String from,
      String to) {
    Backtest.Result r =
        Backtest.rolling(
            model, kwh, temp, zone, trainDays * 86_400L, at(from), at(to), Period.ofMonths(1));
    Figures f = new Figures(r.accuracy(), Accuracy.of(r.predictions().byLocalDay(zone), 0));
    System.out.printf(
        Locale.ROOT,
        "%s %s: %s | days: %s%n",
        model,
        from,
        f.native_().summary("intervals"),
        f.days().summary("days"));
    return f;
  }

  /** CV(RMSE) and NMBE to the documented 0.1 and 0.01 percentage point, MAE to 0.0001 kWh. */
  public static void expect(Accuracy a, double cvPercent, double nmbePercent, double mae) {
    assertThat(a.cvRmse() * 100).isCloseTo(cvPercent, within(0.05));
    assertThat(a.nmbe() * 100).isCloseTo(nmbePercent, within(0.005));
    assertThat(a.mae()).isCloseTo(mae, within(0.00005));
  }
}

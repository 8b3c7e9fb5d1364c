package org.scopeplus.flink.scope3plus;

import java.io.IOException;
import java.io.Serializable;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import org.scopeplus.core.scope3plus.MethodologyCatalog;
import org.scopeplus.core.scope3plus.Parameter;
import org.scopeplus.core.scope3plus.PointsRates;
import org.scopeplus.io.scope3plus.MethodologyLibrary;

/**
 * What the job counts with, shipped to every task: the configured values (the CSV text of {@code
 * --configuration}, "" for none), the points rates and how far events may arrive out of event-time
 * order before they are decided in arrival order (streaming execution only). Each task rebuilds the
 * built-in catalog from these, so every task judges with the same methodologies.
 *
 * @param configurationCsv configured values, CSV with columns key, value, unit, source; "" for none
 * @param pointsPerKilogram points per kg CO2e by programme
 * @param defaultPointsPerKilogram points per kg CO2e for other programmes
 * @param outOfOrderness how late an event may arrive and still be decided in event-time order
 * @param eventIdRetention how long (processing time) a counted event id, a held claim or action key
 *     and a daily-cap count are kept after they were written; a redelivery later than this is no
 *     longer detected (docs/scope3plus-flink.md, "State and exactly-once")
 */
public record EcosystemSettings(
    String configurationCsv,
    Map<String, Double> pointsPerKilogram,
    double defaultPointsPerKilogram,
    Duration outOfOrderness,
    Duration eventIdRetention)
    implements Serializable {

  /** The documented retention of event ids: seven days. */
  public static final Duration EVENT_ID_RETENTION = Duration.ofDays(7);

  public EcosystemSettings {
    if (eventIdRetention.isNegative() || eventIdRetention.isZero()) {
      throw new IllegalArgumentException("the event-id retention is a positive duration");
    }
    configurationCsv = configurationCsv == null ? "" : configurationCsv;
    pointsPerKilogram = new HashMap<>(pointsPerKilogram);
    if (outOfOrderness.isNegative()) {
      throw new IllegalArgumentException("out-of-orderness is never negative");
    }
    new PointsRates(pointsPerKilogram, defaultPointsPerKilogram);
  }

  /** Settings that keep event ids for the documented {@link #EVENT_ID_RETENTION}. */
  public EcosystemSettings(
      String configurationCsv,
      Map<String, Double> pointsPerKilogram,
      double defaultPointsPerKilogram,
      Duration outOfOrderness) {
    this(
        configurationCsv,
        pointsPerKilogram,
        defaultPointsPerKilogram,
        outOfOrderness,
        EVENT_ID_RETENTION);
  }

  /** Built-in methodologies, one point per kg, events up to a day out of order. */
  public static EcosystemSettings standard() {
    return new EcosystemSettings("", Map.of(), 1.0, Duration.ofDays(1));
  }

  /** These settings with another out-of-orderness. */
  public EcosystemSettings withOutOfOrderness(Duration d) {
    return new EcosystemSettings(
        configurationCsv, pointsPerKilogram, defaultPointsPerKilogram, d, eventIdRetention);
  }

  /** These settings with another event-id retention. */
  public EcosystemSettings withEventIdRetention(Duration d) {
    return new EcosystemSettings(
        configurationCsv, pointsPerKilogram, defaultPointsPerKilogram, outOfOrderness, d);
  }

  /** The built-in catalog with the configured values. */
  public MethodologyCatalog catalog() {
    try {
      Map<String, Parameter> configuration =
          configurationCsv.isBlank()
              ? Map.of()
              : MethodologyLibrary.configuration(new StringReader(configurationCsv));
      return MethodologyLibrary.builtIn(configuration);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The points rates. */
  public PointsRates pointsRates() {
    return new PointsRates(pointsPerKilogram, defaultPointsPerKilogram);
  }
}

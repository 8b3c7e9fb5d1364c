package org.scopeplus.core.energy;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;

/**
 * Hourly weather of a site: each hour by its start (epoch seconds, UTC, increasing), with air
 * temperature (°C), GHI, DNI, DHI (W/m²), wind speed (m/s) and total cloud cover (%), NaN where the
 * source gave none. Either observed or forecast hours ({@code typical} false, offset 0), or a
 * typical year (TMY3, EPW; {@code typical} true) whose hours are matched to any year by local
 * month, day and hour in the file's own standard time ({@code utcOffsetSeconds}).
 */
public record WeatherHours(
    boolean typical,
    int utcOffsetSeconds,
    long[] hourStart,
    double[] temperature,
    double[] ghi,
    double[] dni,
    double[] dhi,
    double[] wind,
    double[] cloud) {

  /** The most hours one upload may bring: three years of hourly observations and forecasts. */
  public static final int MAX_HOURS = 3 * 8784;

  /** The number of hours. */
  public int size() {
    return hourStart.length;
  }

  /**
   * The local calendar key (month × 10,000 + day × 100 + hour) of an hour beginning at {@code t} in
   * a fixed offset: how a typical year's hour is matched to an hour of another year.
   */
  public static int calendarKey(long t, ZoneOffset offset) {
    LocalDateTime l = LocalDateTime.ofInstant(Instant.ofEpochSecond(t), offset);
    return l.getMonthValue() * 10_000 + l.getDayOfMonth() * 100 + l.getHour();
  }
}

package org.scopeplus.core.city.monitor;

import java.time.LocalDate;
import java.util.Objects;

/** One day's value of a sector's activity proxy (MWh generated, a traffic index, flights ...). */
public record DailyProxy(LocalDate day, MonitoredSector sector, double value) {
  public DailyProxy {
    Objects.requireNonNull(day, "day");
    Objects.requireNonNull(sector, "sector");
  }
}

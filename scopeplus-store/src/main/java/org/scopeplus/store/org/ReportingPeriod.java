package org.scopeplus.store.org;

import java.time.LocalDate;

/**
 * The time an inventory covers, usually a calendar or fiscal year. Imports go into a period; a
 * record whose own period starts outside it is refused.
 *
 * @param id its id
 * @param tenantId the tenant
 * @param name e.g. {@code FY2024}
 * @param start first day, inclusive
 * @param end last day, inclusive
 */
public record ReportingPeriod(
    String id, String tenantId, String name, LocalDate start, LocalDate end) {
  public String state() {
    return "name=" + name + "\nstart=" + start + "\nend=" + end;
  }

  /** True when the day falls inside the period. */
  public boolean contains(LocalDate day) {
    return !day.isBefore(start) && !day.isAfter(end);
  }
}

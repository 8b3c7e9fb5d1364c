package org.scopeplus.core.city.activity;

import java.util.Objects;
import org.scopeplus.core.activity.ActivityRecord;
import org.scopeplus.core.city.GpcLine;

/**
 * One activity record of a city and the GPC line its emissions belong to.
 *
 * @param record the validated activity record; its {@code orgUnit} names the city
 * @param line the GPC line, from the record's {@code gpc_reference}
 */
public record GpcActivity(ActivityRecord record, GpcLine line) {
  public GpcActivity {
    Objects.requireNonNull(record, "record");
    Objects.requireNonNull(line, "line");
  }

  /** The city the record is of: its org unit. */
  public String city() {
    return record.orgUnit();
  }
}

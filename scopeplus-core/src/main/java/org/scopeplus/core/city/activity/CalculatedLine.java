package org.scopeplus.core.city.activity;

import java.util.List;
import java.util.Objects;
import org.scopeplus.core.calculation.ResultLine;
import org.scopeplus.core.city.GpcEntry;

/**
 * A GPC line calculated from activity records: its estimate and the result lines it sums, each
 * leading back to its record and factor with the factor's source.
 *
 * @param entry the line's estimate, grams CO2e (split by gas when every result line names its gas)
 * @param trace the result lines summed, in the order of the records
 */
public record CalculatedLine(GpcEntry.Estimated entry, List<ResultLine> trace) {
  public CalculatedLine {
    Objects.requireNonNull(entry, "entry");
    trace = List.copyOf(trace);
  }
}

package org.scopeplus.store.run;

import java.util.List;
import java.util.Objects;
import org.scopeplus.core.gas.GwpSet;
import org.scopeplus.core.org.ConsolidationApproach;

/**
 * What to calculate.
 *
 * @param periodId the reporting period whose active imports are the input
 * @param gwpSet the GWP set
 * @param consolidation the consolidation approach
 * @param libraryIds the tenant's factor libraries to use before the built-in ones, in order
 */
public record RunRequest(
    String periodId, GwpSet gwpSet, ConsolidationApproach consolidation, List<String> libraryIds) {
  public RunRequest {
    Objects.requireNonNull(periodId, "periodId");
    Objects.requireNonNull(gwpSet, "gwpSet");
    Objects.requireNonNull(consolidation, "consolidation");
    libraryIds = List.copyOf(libraryIds);
  }
}

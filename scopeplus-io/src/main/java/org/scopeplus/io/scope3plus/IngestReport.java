package org.scopeplus.io.scope3plus;

import java.util.List;
import java.util.Map;
import org.scopeplus.core.problem.Problem;
import org.scopeplus.core.scope3plus.RejectionReason;

/**
 * What ingesting one file did.
 *
 * @param file the file as given
 * @param resumedAt the position ingestion resumed from (0 for a new file)
 * @param accepted events counted in this run
 * @param rejected events refused in this run, by reason
 * @param problems the first refusals with file, line and reason (at most a {@link
 *     org.scopeplus.core.problem.ProblemTally}'s limit; every refusal is counted in {@code
 *     rejected})
 * @param commits batch commits made
 */
public record IngestReport(
    String file,
    long resumedAt,
    long accepted,
    Map<RejectionReason, Long> rejected,
    List<Problem> problems,
    int commits) {

  /** All refusals of this run. */
  public long rejectedTotal() {
    return rejected.values().stream().mapToLong(Long::longValue).sum();
  }
}

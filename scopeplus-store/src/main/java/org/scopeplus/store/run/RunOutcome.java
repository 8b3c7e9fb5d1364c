package org.scopeplus.store.run;

import java.util.List;
import org.scopeplus.core.problem.Problem;

/** What asking for a run gave. */
public sealed interface RunOutcome {

  /** The run was calculated and stored. */
  record Calculated(CalculationRun run) implements RunOutcome {}

  /** Records could not be calculated (e.g. no factor for a region); nothing was stored. */
  record Refused(List<Problem> problems, long problemCount) implements RunOutcome {}

  /** No such period or library in the tenant. */
  record NotFound(String what) implements RunOutcome {}
}

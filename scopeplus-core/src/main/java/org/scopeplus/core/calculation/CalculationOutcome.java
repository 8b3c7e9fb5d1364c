package org.scopeplus.core.calculation;

import org.scopeplus.core.problem.Problem;

/** What calculating one record gave: its lines went to the sink, or a problem stopped it. */
public sealed interface CalculationOutcome {

  /** The record was calculated; {@code lines} lines were emitted. */
  record Calculated(int lines) implements CalculationOutcome {}

  /** The record could not be calculated. */
  record Refused(Problem problem) implements CalculationOutcome {}
}

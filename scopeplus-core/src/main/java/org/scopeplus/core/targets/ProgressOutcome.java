package org.scopeplus.core.targets;

/** What measuring a target's progress gave. */
public sealed interface ProgressOutcome {

  /** The progress. */
  record Measured(TargetProgress progress) implements ProgressOutcome {}

  /** No progress can be measured, e.g. the base year has no actual value; the reason says why. */
  record Refused(String reason) implements ProgressOutcome {}
}

package org.scopeplus.core.city.targets;

/** What measuring a city target's progress gave. */
public sealed interface CityProgressOutcome {

  /** The progress. */
  record Measured(CityTargetProgress progress) implements CityProgressOutcome {}

  /** No progress can be measured, e.g. the base year has no actual; the reason says why. */
  record Refused(String reason) implements CityProgressOutcome {}
}

package org.scopeplus.core.baseyear;

/** What a base-year request gave. */
public sealed interface BaseYearOutcome<T> {

  /** Done. */
  record Done<T>(T value) implements BaseYearOutcome<T> {}

  /** No such run, or no base year set yet. */
  record NotFound<T>(String what) implements BaseYearOutcome<T> {}

  /** The request contradicts the policy, e.g. a run of another year. */
  record Refused<T>(String reason) implements BaseYearOutcome<T> {}
}

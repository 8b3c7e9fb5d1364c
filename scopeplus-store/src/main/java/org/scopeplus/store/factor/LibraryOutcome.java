package org.scopeplus.store.factor;

import java.util.List;
import org.scopeplus.core.problem.Problem;

/** What adding a factor library gave. */
public sealed interface LibraryOutcome {

  /** Stored as a new version. */
  record Stored(StoredFactorLibrary library) implements LibraryOutcome {}

  /**
   * The file has problems; nothing was stored.
   *
   * @param problems the first problems
   * @param problemCount how many there were in all
   */
  record Rejected(List<Problem> problems, long problemCount) implements LibraryOutcome {}

  /** This name and version exist already; versions are immutable. */
  record VersionExists(StoredFactorLibrary existing) implements LibraryOutcome {}
}

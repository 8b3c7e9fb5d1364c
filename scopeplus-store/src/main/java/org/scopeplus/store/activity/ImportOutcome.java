package org.scopeplus.store.activity;

import java.util.List;
import org.scopeplus.core.problem.Problem;

/** What importing a file gave. */
public sealed interface ImportOutcome {

  /** The file was stored whole. */
  record Stored(ActivityImport stored) implements ImportOutcome {}

  /** The same bytes were already stored in this period; nothing was stored again. */
  record AlreadyStored(ActivityImport existing) implements ImportOutcome {}

  /** The file has problems; nothing was stored. */
  record Rejected(List<Problem> problems, long problemCount) implements ImportOutcome {}

  /** The file writes into org units outside the uploader's; nothing was stored. */
  record OutsideUnits(List<Problem> problems, long problemCount) implements ImportOutcome {}

  /** No such period (or another tenant's), or no such import to replace. */
  record NotFound(String what) implements ImportOutcome {}
}

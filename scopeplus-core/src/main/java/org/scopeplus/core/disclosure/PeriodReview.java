package org.scopeplus.core.disclosure;

import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;

/**
 * The review of one reporting period: its state, the org units submitted so far, who reviewed it,
 * the run approved (with its result hash) and whether it was ever approved.
 *
 * @param state where it stands
 * @param submittedUnits the org units whose data owners have submitted, while open
 * @param reviewedBy who reviewed it ("" when not reviewed)
 * @param approvedRunId the run approved ("" when not approved)
 * @param approvedRunHash that run's result hash ("" when not approved)
 * @param everApproved true once it has been approved, even if reopened since: a change after that
 *     calls for the base-year significance check
 */
public record PeriodReview(
    ReviewState state,
    Set<String> submittedUnits,
    String reviewedBy,
    String approvedRunId,
    String approvedRunHash,
    boolean everApproved) {

  public PeriodReview {
    Objects.requireNonNull(state, "state");
    submittedUnits = Set.copyOf(submittedUnits);
    reviewedBy = reviewedBy == null ? "" : reviewedBy;
    approvedRunId = approvedRunId == null ? "" : approvedRunId;
    approvedRunHash = approvedRunHash == null ? "" : approvedRunHash;
  }

  /** A period just created: open, nothing submitted. */
  public static PeriodReview opened() {
    return new PeriodReview(ReviewState.OPEN, Set.of(), "", "", "", false);
  }

  /** True when imports and runs are refused. */
  public boolean locked() {
    return state == ReviewState.LOCKED;
  }

  /** The submitted units in order, for output. */
  public Set<String> submittedInOrder() {
    return new TreeSet<>(submittedUnits);
  }
}

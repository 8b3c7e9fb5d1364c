package org.scopeplus.core.disclosure;

import java.util.HashSet;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.scopeplus.core.org.OrgStructure;

/**
 * The review and sign-off rules of a reporting period: open, then submitted by the data owners of
 * each org unit with data, reviewed by the carbon office, approved by an admin (not the reviewer)
 * with the run it approves, and locked. A locked period refuses imports and runs; reopening takes a
 * reason and clears the sign-off. Every illegal move is refused with a sentence.
 */
public final class ReviewingPeriod {

  /** The most characters a reopening reason may have. */
  public static final int MAX_REASON = 2000;

  private ReviewingPeriod() {}

  /**
   * A submission: an admin submits every org unit at once; a data owner submits the units with data
   * that lie in the units it owns, and the period is submitted when every unit with data is.
   *
   * @param ownUnits the org-unit paths a data owner owns (ignored for an admin)
   * @param unitsWithData the org-unit paths that have imported records in the period
   */
  public static ReviewOutcome submit(
      PeriodReview review, ReviewRole role, Set<String> ownUnits, Set<String> unitsWithData) {
    if (role == ReviewRole.READER) {
      return new ReviewOutcome.Refused("only a data owner or an admin submits a period");
    }
    if (review.state() != ReviewState.OPEN) {
      return new ReviewOutcome.Refused(
          "the period is " + review.state().label() + "; only an open period takes submissions");
    }
    if (unitsWithData.isEmpty()) {
      return new ReviewOutcome.Refused("the period has no imported data to submit");
    }
    Set<String> covered = new TreeSet<>();
    for (String unit : unitsWithData) {
      if (role == ReviewRole.ADMIN || within(unit, ownUnits)) {
        covered.add(OrgStructure.normalise(unit));
      }
    }
    if (covered.isEmpty()) {
      return new ReviewOutcome.Refused(
          "none of the org units with data in this period is yours to submit");
    }
    Set<String> submitted = new HashSet<>(review.submittedUnits());
    submitted.addAll(covered);
    Set<String> waiting = new TreeSet<>();
    for (String unit : unitsWithData) {
      if (!submitted.contains(OrgStructure.normalise(unit))) {
        waiting.add(OrgStructure.normalise(unit));
      }
    }
    if (waiting.isEmpty()) {
      return new ReviewOutcome.Moved(
          new PeriodReview(ReviewState.SUBMITTED, submitted, "", "", "", review.everApproved()),
          "period.submitted",
          "submitted " + String.join(", ", covered) + "; every org unit with data is submitted");
    }
    return new ReviewOutcome.Moved(
        new PeriodReview(ReviewState.OPEN, submitted, "", "", "", review.everApproved()),
        "period.units-submitted",
        "submitted " + String.join(", ", covered) + "; waiting for " + String.join(", ", waiting));
  }

  /** The carbon office's review of a submitted period. */
  public static ReviewOutcome review(PeriodReview review, ReviewRole role, String actor) {
    if (role != ReviewRole.ADMIN) {
      return new ReviewOutcome.Refused("only the carbon office (an admin) reviews a period");
    }
    if (review.state() != ReviewState.SUBMITTED) {
      return new ReviewOutcome.Refused(
          "the period is " + review.state().label() + "; only a submitted period is reviewed");
    }
    return new ReviewOutcome.Moved(
        new PeriodReview(
            ReviewState.REVIEWED, review.submittedUnits(), actor, "", "", review.everApproved()),
        "period.reviewed",
        "reviewed by " + actor);
  }

  /**
   * An admin's approval of a reviewed period with the run it approves; the reviewer may not approve
   * their own review.
   *
   * @param runInPeriod true when the run belongs to this period
   */
  public static ReviewOutcome approve(
      PeriodReview review,
      ReviewRole role,
      String actor,
      String runId,
      String runHash,
      boolean runInPeriod) {
    if (role != ReviewRole.ADMIN) {
      return new ReviewOutcome.Refused("only an admin approves a period");
    }
    if (review.state() != ReviewState.REVIEWED) {
      return new ReviewOutcome.Refused(
          "the period is " + review.state().label() + "; only a reviewed period is approved");
    }
    if (actor.equals(review.reviewedBy())) {
      return new ReviewOutcome.Refused(
          actor + " reviewed this period; another admin approves it (four eyes)");
    }
    if (runId == null || runId.isBlank()) {
      return new ReviewOutcome.Refused("name the run to approve");
    }
    if (!runInPeriod) {
      return new ReviewOutcome.Refused("run " + runId + " is not a run of this period");
    }
    return new ReviewOutcome.Moved(
        new PeriodReview(
            ReviewState.APPROVED,
            review.submittedUnits(),
            review.reviewedBy(),
            runId,
            runHash,
            true),
        "period.approved",
        "approved run " + runId + " (result hash " + runHash + ")");
  }

  /** An admin locks an approved period. */
  public static ReviewOutcome lock(PeriodReview review, ReviewRole role) {
    if (role != ReviewRole.ADMIN) {
      return new ReviewOutcome.Refused("only an admin locks a period");
    }
    if (review.state() != ReviewState.APPROVED) {
      return new ReviewOutcome.Refused(
          "the period is " + review.state().label() + "; only an approved period is locked");
    }
    return new ReviewOutcome.Moved(
        new PeriodReview(
            ReviewState.LOCKED,
            review.submittedUnits(),
            review.reviewedBy(),
            review.approvedRunId(),
            review.approvedRunHash(),
            true),
        "period.locked",
        "locked with approved run " + review.approvedRunId());
  }

  /** An admin reopens a period that is not open, with a reason; the sign-off is cleared. */
  public static ReviewOutcome reopen(PeriodReview review, ReviewRole role, String reason) {
    if (role != ReviewRole.ADMIN) {
      return new ReviewOutcome.Refused("only an admin reopens a period");
    }
    if (review.state() == ReviewState.OPEN) {
      return new ReviewOutcome.Refused("the period is already open");
    }
    if (reason == null || reason.isBlank()) {
      return new ReviewOutcome.Refused("give the reason for reopening the period");
    }
    if (reason.length() > MAX_REASON) {
      return new ReviewOutcome.Refused(
          "the reason has " + reason.length() + " characters; at most " + MAX_REASON);
    }
    return new ReviewOutcome.Moved(
        new PeriodReview(ReviewState.OPEN, Set.of(), "", "", "", review.everApproved()),
        "period.reopened",
        "reopened from " + review.state().label() + ": " + reason.strip());
  }

  /**
   * Why an import or a run into the period is refused, or empty when it may go ahead: a locked
   * period takes neither.
   */
  public static Optional<String> refusesChanges(PeriodReview review, String periodName) {
    if (!review.locked()) {
      return Optional.empty();
    }
    return Optional.of(
        "period "
            + periodName
            + " is locked (approved run "
            + review.approvedRunId()
            + "); an admin must reopen it with a reason before new imports or runs");
  }

  private static boolean within(String unit, Set<String> ownUnits) {
    String p = OrgStructure.normalise(unit);
    for (String own : ownUnits) {
      String u = OrgStructure.normalise(own);
      if (p.equals(u) || p.startsWith(u + "/")) {
        return true;
      }
    }
    return false;
  }
}

package org.scopeplus.server.api;

import org.scopeplus.core.disclosure.ReviewingPeriod;
import org.scopeplus.server.security.Caller;
import org.scopeplus.store.Database;
import org.scopeplus.store.disclosure.PeriodReviewStore;
import org.scopeplus.store.org.PeriodStore;

/**
 * The check at the start of an import or a run: a locked period refuses both with a 409 problem
 * that says why and what to do (an admin reopens it with a reason; docs/review.md).
 */
public final class LockedPeriods {

  private final PeriodStore periods = new PeriodStore();
  private final PeriodReviewStore reviews = new PeriodReviewStore();

  /** Throws the 409 problem when the caller's tenant's period is locked; unknown periods pass. */
  void refuseIfLocked(Database db, Caller caller, String periodId) {
    db.inTransaction(
        c -> {
          var period = periods.byId(c, caller.tenantId(), periodId);
          if (period.isEmpty()) {
            return null;
          }
          refuseIfLocked(reviews.find(c, caller.tenantId(), periodId), period.get().name());
          return null;
        });
  }

  /**
   * Throws the 409 problem when {@code review} locks the period {@code periodName}, its reason with
   * its code ({@code refusal.period.locked}: the period and the approved run).
   */
  public static void refuseIfLocked(
      org.scopeplus.core.disclosure.PeriodReview review, String periodName) {
    ReviewingPeriod.refusesChanges(review, periodName)
        .ifPresent(
            reason -> {
              throw ApiProblem.conflict(reason)
                  .saying(
                      org.scopeplus.core.text.Sentence.of(
                          "refusal.period.locked", periodName, review.approvedRunId()));
            });
  }
}

package org.scopeplus.core.disclosure;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.EnumSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Every transition of review and sign-off, and every refusal with its sentence. */
class ReviewingPeriodTest {

  private static final Set<String> UNITS = Set.of("Group/Cloud", "Group/Retail/Shanghai");

  private static PeriodReview moved(ReviewOutcome o) {
    assertThat(o).isInstanceOf(ReviewOutcome.Moved.class);
    return ((ReviewOutcome.Moved) o).review();
  }

  private static String refused(ReviewOutcome o) {
    assertThat(o).isInstanceOf(ReviewOutcome.Refused.class);
    return ((ReviewOutcome.Refused) o).reason();
  }

  private static PeriodReview in(ReviewState state) {
    PeriodReview r = PeriodReview.opened();
    if (state == ReviewState.OPEN) {
      return r;
    }
    r = moved(ReviewingPeriod.submit(r, ReviewRole.ADMIN, Set.of(), UNITS));
    if (state == ReviewState.SUBMITTED) {
      return r;
    }
    r = moved(ReviewingPeriod.review(r, ReviewRole.ADMIN, "carbon-office"));
    if (state == ReviewState.REVIEWED) {
      return r;
    }
    r = moved(ReviewingPeriod.approve(r, ReviewRole.ADMIN, "cfo", "run-1", "abc", true));
    if (state == ReviewState.APPROVED) {
      return r;
    }
    return moved(ReviewingPeriod.lock(r, ReviewRole.ADMIN));
  }

  @Test
  void aPeriodMovesFromOpenToLockedAndIsRecordedAtEachStep() {
    PeriodReview open = PeriodReview.opened();
    ReviewOutcome.Moved cloud =
        (ReviewOutcome.Moved)
            ReviewingPeriod.submit(open, ReviewRole.DATA_OWNER, Set.of("Group/Cloud"), UNITS);
    assertThat(cloud.review().state()).isEqualTo(ReviewState.OPEN);
    assertThat(cloud.event()).isEqualTo("period.units-submitted");
    assertThat(cloud.description())
        .isEqualTo("submitted Group/Cloud; waiting for Group/Retail/Shanghai");
    ReviewOutcome.Moved retail =
        (ReviewOutcome.Moved)
            ReviewingPeriod.submit(
                cloud.review(), ReviewRole.DATA_OWNER, Set.of("Group/Retail"), UNITS);
    assertThat(retail.review().state()).isEqualTo(ReviewState.SUBMITTED);
    assertThat(retail.event()).isEqualTo("period.submitted");
    PeriodReview reviewed = moved(ReviewingPeriod.review(retail.review(), ReviewRole.ADMIN, "ann"));
    assertThat(reviewed.state()).isEqualTo(ReviewState.REVIEWED);
    assertThat(reviewed.reviewedBy()).isEqualTo("ann");
    PeriodReview approved =
        moved(ReviewingPeriod.approve(reviewed, ReviewRole.ADMIN, "bob", "run-7", "f00d", true));
    assertThat(approved.state()).isEqualTo(ReviewState.APPROVED);
    assertThat(approved.approvedRunHash()).isEqualTo("f00d");
    assertThat(approved.everApproved()).isTrue();
    PeriodReview locked = moved(ReviewingPeriod.lock(approved, ReviewRole.ADMIN));
    assertThat(locked.locked()).isTrue();
    assertThat(ReviewingPeriod.refusesChanges(locked, "FY2024"))
        .contains(
            "period FY2024 is locked (approved run run-7); an admin must reopen it with a reason"
                + " before new imports or runs");
    assertThat(ReviewingPeriod.refusesChanges(approved, "FY2024")).isEmpty();
  }

  @Test
  void reopeningNeedsAReasonClearsTheSignOffAndRemembersTheApproval() {
    for (ReviewState s : EnumSet.complementOf(EnumSet.of(ReviewState.OPEN))) {
      PeriodReview r = in(s);
      assertThat(refused(ReviewingPeriod.reopen(r, ReviewRole.ADMIN, " ")))
          .isEqualTo("give the reason for reopening the period");
      assertThat(refused(ReviewingPeriod.reopen(r, ReviewRole.ADMIN, "x".repeat(2001))))
          .isEqualTo("the reason has 2001 characters; at most 2000");
      ReviewOutcome.Moved m =
          (ReviewOutcome.Moved) ReviewingPeriod.reopen(r, ReviewRole.ADMIN, "meter error found");
      assertThat(m.review().state()).isEqualTo(ReviewState.OPEN);
      assertThat(m.review().submittedUnits()).isEmpty();
      assertThat(m.review().approvedRunId()).isEmpty();
      assertThat(m.review().everApproved()).isEqualTo(r.everApproved());
      assertThat(m.description()).isEqualTo("reopened from " + s.label() + ": meter error found");
    }
    assertThat(refused(ReviewingPeriod.reopen(in(ReviewState.OPEN), ReviewRole.ADMIN, "why")))
        .isEqualTo("the period is already open");
  }

  @Test
  void everyTransitionFromTheWrongStateIsRefused() {
    for (ReviewState s : ReviewState.values()) {
      PeriodReview r = in(s);
      if (s != ReviewState.OPEN) {
        assertThat(refused(ReviewingPeriod.submit(r, ReviewRole.ADMIN, Set.of(), UNITS)))
            .isEqualTo("the period is " + s.label() + "; only an open period takes submissions");
      }
      if (s != ReviewState.SUBMITTED) {
        assertThat(refused(ReviewingPeriod.review(r, ReviewRole.ADMIN, "ann")))
            .isEqualTo("the period is " + s.label() + "; only a submitted period is reviewed");
      }
      if (s != ReviewState.REVIEWED) {
        assertThat(refused(ReviewingPeriod.approve(r, ReviewRole.ADMIN, "bob", "r", "h", true)))
            .isEqualTo("the period is " + s.label() + "; only a reviewed period is approved");
      }
      if (s != ReviewState.APPROVED) {
        assertThat(refused(ReviewingPeriod.lock(r, ReviewRole.ADMIN)))
            .isEqualTo("the period is " + s.label() + "; only an approved period is locked");
      }
    }
  }

  @Test
  void eachRoleDoesOnlyItsOwnPart() {
    assertThat(
            refused(
                ReviewingPeriod.submit(in(ReviewState.OPEN), ReviewRole.READER, Set.of(), UNITS)))
        .isEqualTo("only a data owner or an admin submits a period");
    assertThat(
            refused(ReviewingPeriod.review(in(ReviewState.SUBMITTED), ReviewRole.DATA_OWNER, "d")))
        .isEqualTo("only the carbon office (an admin) reviews a period");
    assertThat(
            refused(
                ReviewingPeriod.approve(
                    in(ReviewState.REVIEWED), ReviewRole.DATA_OWNER, "d", "r", "h", true)))
        .isEqualTo("only an admin approves a period");
    assertThat(refused(ReviewingPeriod.lock(in(ReviewState.APPROVED), ReviewRole.READER)))
        .isEqualTo("only an admin locks a period");
    assertThat(
            refused(ReviewingPeriod.reopen(in(ReviewState.LOCKED), ReviewRole.DATA_OWNER, "why")))
        .isEqualTo("only an admin reopens a period");
  }

  @Test
  void aDataOwnerSubmitsOnlyItsOwnUnitsAndOnlyWhenThereIsData() {
    assertThat(
            refused(
                ReviewingPeriod.submit(
                    PeriodReview.opened(),
                    ReviewRole.DATA_OWNER,
                    Set.of("Group/Logistics"),
                    UNITS)))
        .isEqualTo("none of the org units with data in this period is yours to submit");
    assertThat(
            refused(
                ReviewingPeriod.submit(
                    PeriodReview.opened(), ReviewRole.ADMIN, Set.of(), Set.of())))
        .isEqualTo("the period has no imported data to submit");
    // a unit named like another's prefix is not inside it
    assertThat(
            refused(
                ReviewingPeriod.submit(
                    PeriodReview.opened(), ReviewRole.DATA_OWNER, Set.of("Group/Clo"), UNITS)))
        .contains("none of the org units");
  }

  @Test
  void theReviewerDoesNotApproveTheirOwnReviewAndTheRunMustBeThePeriods() {
    PeriodReview reviewed = in(ReviewState.REVIEWED);
    assertThat(
            refused(
                ReviewingPeriod.approve(
                    reviewed, ReviewRole.ADMIN, "carbon-office", "r", "h", true)))
        .isEqualTo("carbon-office reviewed this period; another admin approves it (four eyes)");
    assertThat(refused(ReviewingPeriod.approve(reviewed, ReviewRole.ADMIN, "cfo", "", "h", true)))
        .isEqualTo("name the run to approve");
    assertThat(
            refused(ReviewingPeriod.approve(reviewed, ReviewRole.ADMIN, "cfo", "r9", "h", false)))
        .isEqualTo("run r9 is not a run of this period");
  }
}

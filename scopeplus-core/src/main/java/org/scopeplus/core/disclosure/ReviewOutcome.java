package org.scopeplus.core.disclosure;

/** The outcome of asking a period to move: moved (to a new review) or refused with a sentence. */
public sealed interface ReviewOutcome {

  /** The transition happened; {@code event} names it for the audit trail. */
  record Moved(PeriodReview review, String event, String description) implements ReviewOutcome {}

  /** The transition was refused; {@code reason} says why in a sentence. */
  record Refused(String reason) implements ReviewOutcome {}
}

package org.scopeplus.core.disclosure;

import java.util.Locale;

/** Where a reporting period stands in review and sign-off. */
public enum ReviewState {
  /** Data owners import and run; nothing is signed. */
  OPEN,
  /** Every org unit with data has been submitted by its data owners. */
  SUBMITTED,
  /** The carbon office has reviewed the submitted data. */
  REVIEWED,
  /** An admin has approved a run for the board. */
  APPROVED,
  /** Closed: no import and no run until reopened with a reason. */
  LOCKED;

  /** The state as written in the API: {@code open}, {@code submitted} ... */
  public String label() {
    return name().toLowerCase(Locale.ROOT);
  }
}

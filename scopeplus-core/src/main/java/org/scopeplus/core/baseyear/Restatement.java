package org.scopeplus.core.baseyear;

import java.time.Instant;

/**
 * A kept restatement of the base year.
 *
 * @param id its id
 * @param trigger why
 * @param reason the reason in the user's words
 * @param previousRunId the run that stated the base year before
 * @param newRunId the run that states it now
 * @param previousGrams total before
 * @param newGrams total after
 * @param change relative change
 * @param restatedBy who
 * @param restatedAt when
 */
public record Restatement(
    String id,
    RecalculationTrigger trigger,
    String reason,
    String previousRunId,
    String newRunId,
    long previousGrams,
    long newGrams,
    double change,
    String restatedBy,
    Instant restatedAt) {

  /**
   * What the audit trail hashes: every stored field, the reason last (it is the only free text).
   * The time is kept to the microsecond, as the databases store it.
   */
  public String state() {
    return "trigger="
        + trigger.name()
        + "\nprevious_run="
        + previousRunId
        + "\nnew_run="
        + newRunId
        + "\nprevious_grams="
        + previousGrams
        + "\nnew_grams="
        + newGrams
        + "\nchange="
        + change
        + "\nrestated_by="
        + restatedBy
        + "\nrestated_at="
        + restatedAt
        + "\nreason="
        + reason;
  }
}

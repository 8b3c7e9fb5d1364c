package org.scopeplus.core.scope3plus;

import java.util.Objects;

/**
 * How a methodology's events are claimed: which real-world action they describe, so that one action
 * is counted once whichever methodology, programme or claim reports it; and, for recycling, which
 * side of the material's chain it credits.
 *
 * <p><b>The action key.</b> Methodologies that can describe the same real-world action share an
 * {@code actionClass} (a metro trip per km and the same trip per trip: {@code trip.metro}). When an
 * event is counted it holds its <em>action key</em>: (action class, actor, UTC minute of the
 * event's time). A later event of the same class, actor and minute describes the same action and is
 * refused as {@link RejectionReason#ALREADY_CLAIMED}, whatever claim it names; so does an event
 * naming a claim a counted event holds. The key is derived the same way for every event, with or
 * without a claim, so a claim never opens a second count of one action. One actor cannot start two
 * trips of one mode in one minute; a programme whose actors do (a merchant's batches) sends one
 * event per minute or a claim per batch and distinct minutes.
 *
 * <p><b>Recycling, one side only.</b> The material of a recycling chain is credited once: to the
 * recycler (who returns the material to production, the project activity of CDM AMS-III.AJ) or to
 * the buyer of recycled content, as the catalog configures ({@link
 * MethodologyCatalog#recyclingCreditedSide()}); the other side's events are refused as {@link
 * RejectionReason#OTHER_SIDE_CREDITED}. A recycling methodology counts only where virgin material
 * is displaced: its events must carry evidence that the material went back into production ({@link
 * #counterfactualEvidence()}).
 *
 * @param actionClass the real-world action the methodology describes, shared by every methodology
 *     that can describe the same action; by default the methodology's own action
 * @param recyclingSide the side of a recycling chain the methodology credits, {@link
 *     RecyclingSide#NONE} when it is not recycling
 * @param counterfactualEvidence what an event's evidence must show for the counterfactual to hold
 *     (e.g. a cancelled booking for a remote meeting); "" when the methodology's own parameters
 *     stand for it and an event needs none
 * @param contribution how the platform contributes to the avoided emission, in the words of the
 *     WBCSD Guidance on Avoided Emissions (2023), e.g. "enabling"; "" when not stated
 * @param attributionShare the share of the avoided emission attributed to the platform and its
 *     users, from 0 to 1; 1 when no share is configured (every gram credited in full, as the
 *     reports then say beside the attributed grams)
 */
public record Claiming(
    String actionClass,
    RecyclingSide recyclingSide,
    String counterfactualEvidence,
    String contribution,
    double attributionShare) {

  /** Claiming with no contribution stated and every gram attributed. */
  public Claiming(String actionClass, RecyclingSide recyclingSide, String counterfactualEvidence) {
    this(actionClass, recyclingSide, counterfactualEvidence, "", 1.0);
  }

  /** The side of a recycling chain a methodology credits. */
  public enum RecyclingSide {
    /** Not a recycling methodology. */
    NONE,
    /** The one who returns material to production (CDM AMS-III.AJ's project activity). */
    RECYCLER,
    /** The buyer of products with recycled content. */
    BUYER
  }

  public Claiming {
    Objects.requireNonNull(actionClass, "actionClass");
    if (actionClass.isBlank()) {
      throw new IllegalArgumentException("an action class is not blank");
    }
    recyclingSide = recyclingSide == null ? RecyclingSide.NONE : recyclingSide;
    counterfactualEvidence = counterfactualEvidence == null ? "" : counterfactualEvidence;
    contribution = contribution == null ? "" : contribution;
    if (!(attributionShare >= 0 && attributionShare <= 1)) {
      throw new IllegalArgumentException(
          actionClass + ": an attribution share is from 0 to 1, not " + attributionShare);
    }
    if (recyclingSide != RecyclingSide.NONE && counterfactualEvidence.isBlank()) {
      throw new IllegalArgumentException(
          actionClass
              + ": a recycling methodology names the evidence that virgin material is displaced"
              + " (CDM AMS-III.AJ)");
    }
  }

  /** A methodology describing an action of its own, not recycling, needing no evidence. */
  public static Claiming own(String action) {
    return new Claiming(action, RecyclingSide.NONE, "");
  }

  /** This claiming with another attribution share (0 to 1). */
  public Claiming attributing(double share) {
    return new Claiming(actionClass, recyclingSide, counterfactualEvidence, contribution, share);
  }

  /**
   * The grams attributed of {@code grams} avoided under this methodology: grams x share, rounded
   * once, half-even (applied to a methodology's total, so the attributed total does not depend on
   * how its events were cut).
   */
  public long attributed(long grams) {
    return attributionShare == 1.0 ? grams : (long) Math.rint(grams * attributionShare);
  }

  /** True when an event must carry evidence of its counterfactual. */
  public boolean needsEvidence() {
    return !counterfactualEvidence.isEmpty();
  }
}

package org.scopeplus.core.scope3plus;

/** Why an event was not counted. Every refusal is counted under one of these, never dropped. */
public enum RejectionReason {
  MALFORMED("the line is not an event record of the expected format"),
  MISSING_FIELD(
      "a required field (event_id, programme, actor, action, quantities, time) is missing"),
  FIELD_TOO_LONG(
      "an identifier or the evidence is longer than 255 bytes, or a programme or region name"
          + " longer than 40 bytes"),
  UNKNOWN_ACTION("no methodology counts this action type"),
  METHODOLOGY_NOT_CONFIGURED(
      "the methodology needs a value that was not found in published sources; configure it first"),
  WRONG_QUANTITY_COUNT("the number of quantities does not match the methodology"),
  UNKNOWN_UNIT("a quantity's unit is not known"),
  WRONG_DIMENSION("a quantity's unit measures the wrong thing for this methodology"),
  INVALID_QUANTITY("a quantity is negative or not a finite number"),
  INVALID_TIME("the time is missing or not an ISO-8601 instant between 2000 and 2099"),
  BELOW_MINIMUM("the first quantity is below the methodology's minimum"),
  ABOVE_MAXIMUM("the second quantity is above what the methodology covers"),
  DAILY_CAP_REACHED("the actor already reached the daily cap of events for this action"),
  DUPLICATE_EVENT("this event id was already counted"),
  ALREADY_CLAIMED(
      "the same real-world action (its claim, or its action class, actor and minute) was already"
          + " counted"),
  TOO_MANY_NAMES("too many distinct programmes or regions"),
  QUANTITY_ABOVE_BOUND(
      "a quantity is above the methodology's plausibility bound for one event (see the"
          + " methodology's maximum quantities)"),
  OUT_OF_RANGE(
      "counting the event would take the grams or points of the event or of a ledger sum beyond"
          + " the range of exact whole numbers"),
  VINTAGE_NOT_COVERED(
      "the event's year is earlier than every vintage of one of the methodology's parameters (see"
          + " the methodology's vintages), so no value of it held then"),
  REGION_NOT_COVERED(
      "the event's region is outside the regions the methodology's parameters hold in (see the"
          + " methodology's regions), or the event names no region and the methodology is not"
          + " global"),
  BUSINESS_AS_USUAL(
      "the action is business as usual in the event's region (see the methodology's"
          + " business-as-usual regions), so nothing is avoided there"),
  OTHER_SIDE_CREDITED(
      "the methodology credits the side of a recycling chain that is not credited (the recycler"
          + " or the buyer of recycled content, as configured), so the material is counted once"),
  NO_COUNTERFACTUAL_EVIDENCE(
      "the methodology requires evidence of the counterfactual (see its counterfactual evidence)"
          + " and the event carries none");

  private final String sentence;

  RejectionReason(String sentence) {
    this.sentence = sentence;
  }

  /** A sentence a carbon accountant understands. */
  public String sentence() {
    return sentence;
  }
}

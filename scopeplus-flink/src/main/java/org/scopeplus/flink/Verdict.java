package org.scopeplus.flink;

/**
 * What became of one delivered event: counted (reason "") or refused with the name of a {@link
 * org.scopeplus.core.ecosystem.RejectionReason}. A Flink POJO.
 */
public class Verdict {
  /** The event id, "" when the line had none. */
  public String eventId;

  /** The refusal reason, "" when counted. */
  public String reason;

  public Verdict() {}

  static Verdict of(String eventId, String reason) {
    Verdict v = new Verdict();
    v.eventId = eventId;
    v.reason = reason;
    return v;
  }

  boolean counted() {
    return reason.isEmpty();
  }
}

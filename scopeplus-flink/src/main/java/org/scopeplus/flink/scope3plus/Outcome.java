package org.scopeplus.flink.scope3plus;

/**
 * What became of one delivered line: counted (reason "") or refused with the name of a {@link
 * org.scopeplus.core.scope3plus.RejectionReason}. A Flink POJO.
 */
public class Outcome {
  /** The event id, "" when the line had none. */
  public String eventId;

  /** The refusal reason, "" when counted. */
  public String reason;

  /** The line as judged (trimmed as the embedded reader trims it). */
  public String line;

  public Outcome() {}

  static Outcome of(String eventId, String reason, String line) {
    Outcome v = new Outcome();
    v.eventId = eventId;
    v.reason = reason;
    v.line = line;
    return v;
  }

  static Outcome counted(ValidEvent e) {
    return of(e.id, "", e.line);
  }

  static Outcome refused(ValidEvent e, String reason) {
    return of(e.id, reason, e.line);
  }
}

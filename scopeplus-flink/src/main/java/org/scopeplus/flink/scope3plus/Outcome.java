package org.scopeplus.flink.scope3plus;

/**
 * What became of one delivered line: counted (reason "", with the counted event) or refused with
 * the name of a {@link org.scopeplus.core.scope3plus.RejectionReason}. A Flink POJO.
 */
public class Outcome {
  /** The event id, "" when the line had none. */
  public String eventId;

  /** The refusal reason, "" when counted. */
  public String reason;

  /** The line as judged (trimmed as the embedded reader trims it). */
  public String line;

  /** The counted event, null for a refusal. */
  public ValidEvent event;

  public Outcome() {}

  static Outcome of(String eventId, String reason, String line) {
    Outcome v = new Outcome();
    v.eventId = eventId;
    v.reason = reason;
    v.line = line;
    return v;
  }

  static Outcome counted(ValidEvent e) {
    Outcome o = of(e.id, "", e.line);
    o.event = e;
    return o;
  }

  static Outcome refused(ValidEvent e, String reason) {
    return of(e.id, reason, e.line);
  }
}

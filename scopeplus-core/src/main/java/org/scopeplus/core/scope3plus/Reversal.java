package org.scopeplus.core.scope3plus;

/**
 * What became of a request to reverse a counted event: reversed (every sum it added taken away
 * again), or refused with the reason.
 */
public sealed interface Reversal {

  /** The event was reversed; {@code reason} is why, as the administrator gave it. */
  record Reversed(CountedEvent event, String reason) implements Reversal {}

  /** The reversal was refused and nothing changed. */
  record Refused(String eventId, Why why) implements Reversal {}

  /** Why a reversal is refused. */
  enum Why {
    UNKNOWN_EVENT("no counted event has this id"),
    ALREADY_REVERSED("this event was reversed already");

    private final String sentence;

    Why(String sentence) {
      this.sentence = sentence;
    }

    /** A sentence a carbon accountant understands. */
    public String sentence() {
      return sentence;
    }
  }
}

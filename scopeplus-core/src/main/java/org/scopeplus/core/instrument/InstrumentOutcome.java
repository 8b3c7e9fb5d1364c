package org.scopeplus.core.instrument;

/** What a change to the instrument registry gave: done with the registry after it, or refused. */
public sealed interface InstrumentOutcome<T> {

  record Done<T>(T value, InstrumentRegistry registry) implements InstrumentOutcome<T> {}

  /** Refused with the reason; nothing changed. */
  record Refused<T>(String reason) implements InstrumentOutcome<T> {}
}

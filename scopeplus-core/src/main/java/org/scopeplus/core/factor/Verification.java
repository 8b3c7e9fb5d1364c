package org.scopeplus.core.factor;

import java.util.Locale;

/**
 * How well a reference value was checked. Weak values ({@link #isWeak()}) are shown with a flag
 * beside every number that uses them, so a user sees which results rest on a reprint.
 */
public enum Verification {
  /** Seen in the publisher's own document. */
  PUBLISHED,
  /** Matched against an independent transcription of the primary table. */
  CORROBORATED,
  /** Arithmetic on other published values. */
  DERIVED,
  /** Seen only in a press report, reprint or third-party summary. */
  SECONDARY,
  /** Transcribed without an independent check, or from a weak source: check before release. */
  TO_VERIFY,
  /** Supplied by the user, e.g. a supplier-specific factor on an activity record. */
  USER_SUPPLIED;

  /** True for values a user must be warned about. */
  public boolean isWeak() {
    return this == SECONDARY || this == TO_VERIFY;
  }

  /** Lower-case label used in files and output. */
  public String label() {
    return name().toLowerCase(Locale.ROOT);
  }

  /** Parses a label as written in factor files (case-insensitive, hyphens allowed). */
  public static Verification parse(String text) {
    return valueOf(text.strip().toUpperCase(Locale.ROOT).replace('-', '_').replace(' ', '_'));
  }
}

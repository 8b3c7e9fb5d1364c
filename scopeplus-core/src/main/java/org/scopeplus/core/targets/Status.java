package org.scopeplus.core.targets;

import java.util.Locale;

/** Whether a target, or one year of it, is where its pathway says it should be. */
public enum Status {
  ON_TRACK,
  OFF_TRACK,
  /** No actual value to judge by. */
  NO_DATA;

  public String label() {
    return name().toLowerCase(Locale.ROOT);
  }
}

package org.scopeplus.core.city;

import java.util.Locale;
import java.util.Optional;

/**
 * The GPC's notation keys, written in place of a value when a line has none (GPC v1.1, chapter 2,
 * "notation keys"). The GPC requires an explanation with each; an inventory refuses one without.
 */
public enum NotationKey {
  /** Not occurring: the activity or process does not occur in the city. */
  NO("not occurring"),
  /** Included elsewhere: the emissions are estimated and reported in another line. */
  IE("included elsewhere"),
  /** Not estimated: the emissions occur but have not been estimated. */
  NE("not estimated"),
  /** Confidential: the emissions could disclose confidential information and are not reported. */
  C("confidential");

  private final String meaning;

  NotationKey(String meaning) {
    this.meaning = meaning;
  }

  /** What the key says, in English. */
  public String meaning() {
    return meaning;
  }

  /** The key written in a cell ({@code NO}, {@code IE}, {@code NE}, {@code C}), in any case. */
  public static Optional<NotationKey> parse(String text) {
    if (text == null) {
      return Optional.empty();
    }
    String t = text.strip().toUpperCase(Locale.ROOT);
    for (NotationKey k : values()) {
      if (k.name().equals(t)) {
        return Optional.of(k);
      }
    }
    return Optional.empty();
  }
}

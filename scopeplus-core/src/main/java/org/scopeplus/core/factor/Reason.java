package org.scopeplus.core.factor;

import java.util.Objects;
import java.util.function.Supplier;

/**
 * A text written out when first asked for, then kept. Two threads asking at once may both write it;
 * they write the same text.
 */
final class Reason {
  private final Supplier<String> why;
  private String text;

  Reason(Supplier<String> why) {
    this.why = Objects.requireNonNull(why, "why");
  }

  static Reason of(String text) {
    Objects.requireNonNull(text, "reason");
    return new Reason(() -> text);
  }

  String text() {
    String t = text;
    if (t == null) {
      t = why.get();
      text = t;
    }
    return t;
  }
}

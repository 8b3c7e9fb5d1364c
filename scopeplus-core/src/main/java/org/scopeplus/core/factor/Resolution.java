package org.scopeplus.core.factor;

import java.util.Objects;
import java.util.function.Supplier;

/** The outcome of looking up a factor: the factor and why it was picked, or why none was. */
public sealed interface Resolution {

  /**
   * A factor was found. Why it was picked is written out when first asked for: most lookups only
   * need the factor (e.g. to tell whether two records share their factors), and a line's trace asks
   * for the text once.
   */
  final class Found implements Resolution {
    private final EmissionFactor factor;
    private final FactorLibrary library;
    private final Supplier<String> why;
    // written once; two threads asking at once both compute the same text
    private String reason;

    /** A factor with the reason it was picked. */
    public Found(EmissionFactor factor, FactorLibrary library, String reason) {
      this(factor, library, () -> reason);
      Objects.requireNonNull(reason, "reason");
    }

    /** A factor whose reason is written by {@code why} when first asked for. */
    public Found(EmissionFactor factor, FactorLibrary library, Supplier<String> why) {
      this.factor = Objects.requireNonNull(factor, "factor");
      this.library = Objects.requireNonNull(library, "library");
      this.why = Objects.requireNonNull(why, "why");
    }

    public EmissionFactor factor() {
      return factor;
    }

    public FactorLibrary library() {
      return library;
    }

    /** Why this factor was picked: region, validity or vintage, library. */
    public String reason() {
      String r = reason;
      if (r == null) {
        r = why.get();
        reason = r;
      }
      return r;
    }

    @Override
    public boolean equals(Object o) {
      return o instanceof Found f
          && factor.equals(f.factor)
          && library.equals(f.library)
          && reason().equals(f.reason());
    }

    @Override
    public int hashCode() {
      return Objects.hash(factor, library, reason());
    }

    @Override
    public String toString() {
      return "Found[factor=" + factor.id() + ", library=" + library.label() + ", " + reason() + "]";
    }
  }

  /** No factor applies; the reason says what was searched. */
  record NotFound(String reason) implements Resolution {}
}

package org.scopeplus.core.factor;

import java.util.Objects;
import java.util.function.Supplier;

/**
 * The outcome of looking up a factor: the factor and why it was picked, or why none was. The reason
 * is written out when first asked for: most lookups only need the factor (e.g. to tell whether two
 * records share their factors), and a line's trace asks for the text once.
 */
public sealed interface Resolution {

  /** Why the factor was picked, or what was searched when none was found. */
  String reason();

  /** A factor was found. */
  final class Found implements Resolution {
    private final EmissionFactor factor;
    private final FactorLibrary library;
    private final Reason reason;

    /** A factor with the reason it was picked. */
    public Found(EmissionFactor factor, FactorLibrary library, String reason) {
      this(factor, library, Reason.of(reason));
    }

    /** A factor whose reason is written by {@code why} when first asked for. */
    public Found(EmissionFactor factor, FactorLibrary library, Supplier<String> why) {
      this(factor, library, new Reason(why));
    }

    private Found(EmissionFactor factor, FactorLibrary library, Reason reason) {
      this.factor = Objects.requireNonNull(factor, "factor");
      this.library = Objects.requireNonNull(library, "library");
      this.reason = reason;
    }

    public EmissionFactor factor() {
      return factor;
    }

    public FactorLibrary library() {
      return library;
    }

    /** Why this factor was picked: region, validity or vintage, library. */
    @Override
    public String reason() {
      return reason.text();
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
  final class NotFound implements Resolution {
    private final Reason reason;

    /** Nothing found, for the reason given. */
    public NotFound(String reason) {
      this.reason = Reason.of(reason);
    }

    /** Nothing found, for a reason written by {@code why} when first asked for. */
    public NotFound(Supplier<String> why) {
      this.reason = new Reason(why);
    }

    @Override
    public String reason() {
      return reason.text();
    }

    @Override
    public boolean equals(Object o) {
      return o instanceof NotFound n && reason().equals(n.reason());
    }

    @Override
    public int hashCode() {
      return reason().hashCode();
    }

    @Override
    public String toString() {
      return "NotFound[" + reason() + "]";
    }
  }
}

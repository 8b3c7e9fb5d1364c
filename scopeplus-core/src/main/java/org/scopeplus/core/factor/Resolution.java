package org.scopeplus.core.factor;

/** The outcome of looking up a factor: the factor and why it was picked, or why none was. */
public sealed interface Resolution {

  /** A factor was found. */
  record Found(EmissionFactor factor, FactorLibrary library, String reason) implements Resolution {}

  /** No factor applies; the reason says what was searched. */
  record NotFound(String reason) implements Resolution {}
}

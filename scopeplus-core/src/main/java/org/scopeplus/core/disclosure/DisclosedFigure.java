package org.scopeplus.core.disclosure;

import java.util.Objects;

/**
 * One figure a disclosure framework asks for, with the paragraph that asks for it.
 *
 * @param id a stable id, e.g. {@code esrs-e1-6-gross-scope-1}
 * @param reference the paragraph, e.g. {@code ESRS E1-6 §48(a)}
 * @param value the figure
 */
public record DisclosedFigure(String id, String reference, Value value) {

  public DisclosedFigure {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(reference, "reference");
    Objects.requireNonNull(value, "value");
  }

  /** A figure's value: grams CO2e, a percentage, an intensity, a text, or why there is none. */
  public sealed interface Value {}

  /** Grams CO2e, shown in tonnes. */
  public record Grams(long grams) implements Value {}

  /** A percentage, 0 to 100. */
  public record Percent(double percent) implements Value {}

  /** Tonnes CO2e per unit of a denominator, e.g. per million CNY of net revenue. */
  public record Intensity(double tonnesPerUnit, String denominatorUnit) implements Value {}

  /** A list or a word, e.g. the Scope 3 categories included. */
  public record Text(String text) implements Value {}

  /** No figure, and why (an id of the reason, e.g. {@code no-revenue}). */
  public record NotAvailable(String reason) implements Value {}
}

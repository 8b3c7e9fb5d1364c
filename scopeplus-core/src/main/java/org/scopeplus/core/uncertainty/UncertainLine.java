package org.scopeplus.core.uncertainty;

import java.util.Objects;

/**
 * One result line with the uncertainty of its activity data and of its factor. Lines with the same
 * {@code recordId} share the activity amount (the gases of one fuel record, the two Scope 2
 * methods), lines with the same {@code factorKey} share the factor; each shared input is drawn once
 * per Monte Carlo iteration and counted as fully correlated by error propagation.
 *
 * @param recordId the activity record, the key of the shared activity amount
 * @param factorKey the key of the shared factor (factor id and gas), or a key of the line's own
 * @param scope 1, 2 or 3
 * @param category Scope 3 category 1 to 15, 0 otherwise
 * @param marketBased true for a market-based Scope 2 line
 * @param co2eGrams the line's grams CO2e
 * @param activity the activity data's uncertainty
 * @param factor the factor's uncertainty
 */
public record UncertainLine(
    String recordId,
    String factorKey,
    int scope,
    int category,
    boolean marketBased,
    long co2eGrams,
    Uncertainty activity,
    Uncertainty factor) {

  public UncertainLine {
    Objects.requireNonNull(recordId, "recordId");
    Objects.requireNonNull(factorKey, "factorKey");
    if (scope < 1 || scope > 3) {
      throw new IllegalArgumentException("scope must be 1, 2 or 3: " + scope);
    }
    if (scope == 3 ? category < 1 || category > 15 : category != 0) {
      throw new IllegalArgumentException("category " + category + " does not fit scope " + scope);
    }
    Objects.requireNonNull(activity, "activity");
    Objects.requireNonNull(factor, "factor");
  }

  /**
   * The line's combined uncertainty by IPCC 2006 Vol. 1 Ch. 3 Equation 3.1 (a product of
   * uncorrelated terms): {@code sqrt(Ua^2 + Uf^2)}.
   */
  public double combinedRelative95() {
    return ErrorPropagation.product(activity.relative95(), factor.relative95());
  }
}

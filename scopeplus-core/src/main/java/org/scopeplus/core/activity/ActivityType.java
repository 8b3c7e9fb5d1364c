package org.scopeplus.core.activity;

import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.scopeplus.core.quantity.QuantityKind;

/**
 * A kind of activity the calculation knows: its scope and Scope 3 category, the GHG Protocol
 * method, what its quantity may be measured in and which factors apply.
 *
 * <p>Emissions = quantity (converted to the factor's unit) x factor per gas x GWP x sign x share. A
 * type whose substance is {@link SubstanceRule#REQUIRED} applies its factor (e.g. a leak rate, or 1
 * kg per kg for a measured release) to the gas the record names.
 *
 * @param key the identifier written in activity files, e.g. {@code scope2.electricity}
 * @param scope the scope
 * @param category Scope 3 category 1 to 15, or 0 for Scopes 1 and 2
 * @param method the GHG Protocol method, e.g. {@code fuel-based}, {@code spend-based}
 * @param quantityKinds what the quantity may be measured in
 * @param factorKeys factor keys tried in order (location-based for Scope 2)
 * @param marketFactorKeys for Scope 2, factor keys for the market-based method when the record has
 *     no instrument or supplier factor; empty for other scopes
 * @param substance whether the record names its gas
 * @param sign +1, or -1 for mass-balance terms that are subtracted (refrigerant sold or recovered)
 * @param negativeAllowed true when a negative quantity is meaningful (an inventory change)
 * @param description one sentence for the catalog
 */
public record ActivityType(
    String key,
    Scope scope,
    int category,
    String method,
    Set<QuantityKind> quantityKinds,
    List<String> factorKeys,
    List<String> marketFactorKeys,
    SubstanceRule substance,
    int sign,
    boolean negativeAllowed,
    String description) {

  public ActivityType {
    Objects.requireNonNull(key, "key");
    Objects.requireNonNull(scope, "scope");
    if (scope == Scope.SCOPE_3 ? category < 1 || category > 15 : category != 0) {
      throw new IllegalArgumentException(key + ": Scope 3 types need a category 1-15, others none");
    }
    quantityKinds = Set.copyOf(quantityKinds);
    factorKeys = List.copyOf(factorKeys);
    marketFactorKeys = List.copyOf(marketFactorKeys);
    if (quantityKinds.isEmpty() || factorKeys.isEmpty()) {
      throw new IllegalArgumentException(key + ": needs quantity kinds and factor keys");
    }
    if (sign != 1 && sign != -1) {
      throw new IllegalArgumentException(key + ": sign must be +1 or -1");
    }
    Objects.requireNonNull(substance, "substance");
    method = method == null ? "" : method;
    description = description == null ? "" : description;
  }

  /** True for Scope 2 types, reported by both the location-based and market-based methods. */
  public boolean isDualReported() {
    return scope == Scope.SCOPE_2;
  }
}

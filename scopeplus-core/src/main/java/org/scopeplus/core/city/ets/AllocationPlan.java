package org.scopeplus.core.city.ets;

/**
 * The allocation of one enterprise for one compliance year: its method, and the output the
 * pre-allocation is computed on (usually the output of an earlier year; for grandfathering, the
 * historical emissions in tonnes). A plan naming a {@code scheme} is allocated by the {@link
 * AllocationRule} of that scheme and year as it stands when allowances are issued; {@code method}
 * then records the rule's method when the plan was made.
 *
 * @param scheme the allocation rule's scheme, or null when the plan carries its own method
 */
public record AllocationPlan(
    String enterprise, int year, AllocationMethod method, double basisOutput, String scheme) {

  /** A plan with its own method. */
  public AllocationPlan(String enterprise, int year, AllocationMethod method, double basisOutput) {
    this(enterprise, year, method, basisOutput, null);
  }

  /** Text of the plan as stored. */
  public String state() {
    return enterprise
        + "|"
        + year
        + "|"
        + method.state()
        + "|"
        + basisOutput
        + (scheme == null ? "" : "|scheme " + scheme);
  }
}

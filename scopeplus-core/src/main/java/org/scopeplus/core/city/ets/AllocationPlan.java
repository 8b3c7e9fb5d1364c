package org.scopeplus.core.city.ets;

/**
 * The allocation of one enterprise for one compliance year: its method, and the output the
 * pre-allocation is computed on (usually the output of an earlier year).
 */
public record AllocationPlan(
    String enterprise, int year, AllocationMethod method, double basisOutput) {

  /** Text of the plan as stored. */
  public String state() {
    return enterprise + "|" + year + "|" + method.state() + "|" + basisOutput;
  }
}

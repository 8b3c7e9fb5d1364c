package org.scopeplus.core.city.spatial;

/**
 * What allocating a city's emissions over its zones gave: the allocation, or the reason it could
 * not.
 */
public sealed interface AllocationOutcome {

  /** The allocation, summing exactly to what was allocated. */
  record Allocated(Allocation allocation) implements AllocationOutcome {}

  /** The input could not be allocated; {@code reason} says why in a sentence. */
  record Refused(String reason) implements AllocationOutcome {}
}

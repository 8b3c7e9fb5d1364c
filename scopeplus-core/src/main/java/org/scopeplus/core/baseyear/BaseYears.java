package org.scopeplus.core.baseyear;

import java.util.Optional;

/** The tenants' base years, as a store keeps them: one per tenant. */
public interface BaseYears {

  /** The tenant's base year, or empty when none is set. */
  Optional<BaseYear> find(String tenantId);

  /** Keeps the base year of {@code baseYear.tenantId()}, replacing the one before it. */
  void put(BaseYear baseYear);
}

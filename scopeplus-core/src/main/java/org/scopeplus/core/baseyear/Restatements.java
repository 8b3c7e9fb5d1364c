package org.scopeplus.core.baseyear;

/** The kept restatements of the tenants' base years, as a store keeps them. */
public interface Restatements {

  /** Keeps a restatement; restatements are never changed or removed. */
  void add(String tenantId, Restatement restatement);
}

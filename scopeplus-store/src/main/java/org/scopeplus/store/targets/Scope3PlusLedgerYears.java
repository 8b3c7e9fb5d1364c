package org.scopeplus.store.targets;

import java.util.SortedMap;
import java.util.TreeMap;

/**
 * Where a tenant's Scope 3+ ledger is kept, as a cumulative target reads it: net tonnes CO2e
 * avoided per year ({@code LedgerTotals.netTonnesByYear}). The service gives the tenant's ecosystem
 * state; {@link #NONE} has no ledger.
 */
@FunctionalInterface
public interface Scope3PlusLedgerYears {

  /** No Scope 3+ ledger: cumulative targets read only their indicator values. */
  Scope3PlusLedgerYears NONE = tenantId -> new TreeMap<>();

  /** The tenant's net tonnes avoided per year in which its ledger counted anything. */
  SortedMap<Integer, Double> netTonnes(String tenantId);
}

/**
 * Keeps a city government tenant's emissions-trading registry: rules, accounts, plans,
 * verifications and the append-only journal, each change decided by the core's ledger under a lock
 * on the tenant and stored with its audit entry in one transaction.
 */
package org.scopeplus.store.city.ets;

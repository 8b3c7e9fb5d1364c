/**
 * Stores the Scope 3+ events the Flink job counted for a tenant, as read from its outcomes topic:
 * sums per tenant, cell and account, and the next offset of every topic partition, changed together
 * in one transaction so that a record read again changes nothing.
 */
package org.scopeplus.store.scope3plus;

/**
 * Stores contractual instruments, the electricity they may cover and their allocations, and runs
 * the core's instrument registry on them in one transaction per change, serialised per tenant, with
 * every change in the audit trail.
 */
package org.scopeplus.store.instrument;

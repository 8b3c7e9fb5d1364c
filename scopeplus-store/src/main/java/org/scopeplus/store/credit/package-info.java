/**
 * Stores carbon credit lots and their movements and runs the core's credit ledger on them in one
 * transaction per change, serialised per tenant, with every change in the audit trail; and states
 * the neutrality claim of a year from the tenant's runs and retirements.
 */
package org.scopeplus.store.credit;

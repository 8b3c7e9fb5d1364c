/**
 * Stores the supplier register and its label tiers, and each run's supplier engagement figures;
 * replacing the register goes to the audit trail in the same transaction.
 */
package org.scopeplus.store.supplier;

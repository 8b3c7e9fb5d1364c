/**
 * Stores targets and indicator values, and measures a target's progress on the tenant's runs, base
 * year and indicators; every change goes to the audit trail in the same transaction.
 */
package org.scopeplus.store.targets;

/**
 * Supplier engagement: the supplier register, its science-based target statuses and data
 * maturities, green label tiers, and the shares of Scope 3 emissions and of spend covered by
 * suppliers with validated targets and by supplier-specific data, year by year.
 */
package org.scopeplus.core.supplier;

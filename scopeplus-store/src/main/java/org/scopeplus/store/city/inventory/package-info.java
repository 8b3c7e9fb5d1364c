/**
 * Keeps a city government tenant's GPC inventories: one per city and year, its lines and their gas
 * split; an upload stores or replaces inventories whole, in one transaction, each with its audit
 * entry.
 */
package org.scopeplus.store.city.inventory;

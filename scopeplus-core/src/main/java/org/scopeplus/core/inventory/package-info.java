/** Inventories: consolidation, totals and breakdowns, and the run manifest. */
package org.scopeplus.core.inventory;

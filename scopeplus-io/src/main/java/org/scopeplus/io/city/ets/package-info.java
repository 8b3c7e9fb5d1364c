/**
 * The emissions-trading registry folder: accounts, allocations, verified emissions, transactions.
 */
package org.scopeplus.io.city.ets;

/**
 * Carbon credits: lots with their registry serial ranges, transfers and retirements against a
 * reporting year, each serial held, transferred or retired once; and the neutrality claim, which
 * sets gross emissions, reductions, removals and offsets side by side in the order of the
 * mitigation hierarchy (ISO 14068-1:2023; SBTi Corporate Net-Zero Standard). Credits never lower
 * the gross inventory, and Scope 3+ avoided emissions are never credits. Pure domain: the ledger is
 * a value that a store loads and saves.
 */
package org.scopeplus.core.credit;

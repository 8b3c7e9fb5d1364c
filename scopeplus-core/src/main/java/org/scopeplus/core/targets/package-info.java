/**
 * Targets and pathways: absolute, intensity, cumulative, renewable-electricity share and fleet
 * electrification targets over a part of the org tree, the pathway from the base year to the target
 * year (linear, or the SBTi cross-sector absolute contraction), and progress year by year with a
 * least-squares projection to the target year. Pure domain: callers hand it the actual values per
 * year (from the inventory, the Scope 3+ ledger or the metrics) and receive the progress as a
 * value.
 */
package org.scopeplus.core.targets;

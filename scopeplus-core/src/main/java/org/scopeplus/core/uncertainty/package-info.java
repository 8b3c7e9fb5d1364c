/**
 * Uncertainty of an inventory, by the IPCC 2006 Guidelines (Vol. 1, Ch. 3): each line's activity
 * data and factor carry a 95% uncertainty (cited defaults by tier and source, or the user's own),
 * and they are combined per scope, category and in total by error propagation (Approach 1) and by a
 * seeded Monte Carlo simulation (Approach 2). Lines of one record share its activity draw and lines
 * sharing a factor share the factor's draw, so both approaches treat them as fully correlated.
 */
package org.scopeplus.core.uncertainty;

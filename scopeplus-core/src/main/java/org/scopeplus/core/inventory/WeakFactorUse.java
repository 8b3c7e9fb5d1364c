package org.scopeplus.core.inventory;

import org.scopeplus.core.factor.EmissionFactor;

/**
 * A weak factor (seen only in a secondary source, or still to verify) and the emissions that were
 * calculated with it.
 *
 * @param factor the factor
 * @param emissions the emissions calculated with it, by scope
 */
public record WeakFactorUse(EmissionFactor factor, Totals emissions) {}

/**
 * SME energy in the core: a tenant's sites, their meters, PV arrays and tariffs as checked values,
 * and the rules for interval readings (alignment, time zones, gaps, duplicates, spikes).
 */
package org.scopeplus.core.energy;

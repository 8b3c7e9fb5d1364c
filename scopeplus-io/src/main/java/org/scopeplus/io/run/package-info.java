/**
 * Running an inventory from files: the jobs read and validate the activity files and hand the
 * records to the core's {@link org.scopeplus.core.run.InventoryRun}; the parallel job sums records
 * through the engine's own {@link org.scopeplus.core.calculation.LinePlan}s. All or nothing.
 */
package org.scopeplus.io.run;

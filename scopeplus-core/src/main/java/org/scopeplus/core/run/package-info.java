/**
 * One calculation run: a stream of activity records in, a sealed outcome out (an inventory with its
 * manifest, totals and breakdowns, or the problems that refused it). The file jobs and the
 * service's stored runs are adapters that read their source into an {@link
 * org.scopeplus.core.run.InventoryRun} and write its lines to their sink.
 */
package org.scopeplus.core.run;

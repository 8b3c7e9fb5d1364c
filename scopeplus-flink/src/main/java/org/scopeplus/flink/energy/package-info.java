/**
 * The nightly energy batch as an Apache Flink job: interval readings of many meters keyed by meter,
 * each meter's series run through the embedded batch's own step, {@link
 * org.scopeplus.energy.batch.NightlyBatch#run(org.scopeplus.energy.batch.NightlyBatch.Meter,
 * org.scopeplus.energy.suggest.Suggestions.Options, java.util.function.LongSupplier)}.
 */
package org.scopeplus.flink.energy;

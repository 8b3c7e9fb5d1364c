/**
 * The Scope 3+ event engine as an Apache Flink DataStream job: the same validation, methodologies
 * and rounding as the embedded {@link org.scopeplus.core.ecosystem.Ledger}, with event ids, claims,
 * daily caps and accounts held in Flink keyed state.
 */
package org.scopeplus.flink;

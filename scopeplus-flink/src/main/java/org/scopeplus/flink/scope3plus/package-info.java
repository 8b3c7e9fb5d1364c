/**
 * The Scope 3+ event engine as an Apache Flink DataStream job: the same parser and the same {@link
 * org.scopeplus.core.scope3plus.Scope3PlusRules} as the embedded {@link
 * org.scopeplus.core.scope3plus.Ledger}, with the state the rules read held in Flink keyed state.
 */
package org.scopeplus.flink.scope3plus;

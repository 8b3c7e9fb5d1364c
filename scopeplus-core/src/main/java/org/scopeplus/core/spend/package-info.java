/**
 * Spend in any currency against a spend-based factor: annual-average exchange rates and price
 * indices (user-replaceable tables with their sources) and the conversion of an amount into the
 * factor's currency and price year.
 */
package org.scopeplus.core.spend;

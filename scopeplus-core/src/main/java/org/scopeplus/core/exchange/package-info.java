/**
 * Product carbon footprints exchanged under the PACT Technical Specifications v3 (WBCSD Partnership
 * for Carbon Transparency): the rules a footprint document must pass ({@link
 * org.scopeplus.core.exchange.FootprintRules}), the values the ListFootprints filters match ({@link
 * org.scopeplus.core.exchange.FootprintKeys}, {@link
 * org.scopeplus.core.exchange.FootprintCriteria}), and the footprint of an own product computed
 * from a calculation run ({@link org.scopeplus.core.exchange.ComputingProductFootprint}). A
 * footprint is handed in and out as a tree of maps, lists, strings and booleans, the way it is
 * written in JSON; the core never reads JSON itself.
 */
package org.scopeplus.core.exchange;

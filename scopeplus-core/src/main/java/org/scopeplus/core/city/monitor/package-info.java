/**
 * Carbon Eye day by day: a city's emissions estimated per day and sector from activity proxies in
 * the manner of Carbon Monitor (Liu et al. 2020, Nature Communications 11:5172; Scientific Data
 * 7:392), scaled to the last full inventory, with their uncertainty, the year to date against last
 * year and alerts when a sector departs from its trend. Pure domain: callers hand in the annual
 * inventory values and the proxy series and receive the estimates as values.
 */
package org.scopeplus.core.city.monitor;

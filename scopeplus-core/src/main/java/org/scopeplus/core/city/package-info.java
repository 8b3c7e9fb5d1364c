/**
 * The city inventory of the Global Protocol for Community-Scale Greenhouse Gas Emission Inventories
 * (GPC v1.1, WRI / C40 / ICLEI): its sectors, sub-sectors and reference numbers, the notation keys,
 * and the totals by the GPC's rules (BASIC, BASIC+, territorial, by sector and by scope). Values
 * in, values out: no files, no storage.
 */
package org.scopeplus.core.city;

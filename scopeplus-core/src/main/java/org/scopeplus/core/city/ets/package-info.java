/**
 * The emissions-trading registry of a city's covered enterprises, in the manner of China's national
 * ETS (Measures for the Administration of Carbon Emissions Trading (Trial), MEE Order No. 19, 2021)
 * and its pilot ETSs: accounts, allowances in whole tonnes by vintage, allocation by benchmark or
 * historical intensity, true-up after verification, transfers, surrender with an offset (CCER)
 * limit, and compliance per enterprise and year. A double-entry journal: every change is a balanced
 * entry, and allowances appear or disappear only through the authority's issuance and cancellation
 * accounts. Pure domain: the ledger is a value that a store loads and saves.
 */
package org.scopeplus.core.city.ets;

/**
 * The emissions-trading registry of a city government tenant over HTTP: accounts, allocation plans,
 * pre-allocation and true-up, verified emissions, CCER, transfers, surrenders and compliance by
 * year, with every refusal of the ledger answered as an RFC 9457 problem carrying its reason.
 */
package org.scopeplus.server.city.ets;

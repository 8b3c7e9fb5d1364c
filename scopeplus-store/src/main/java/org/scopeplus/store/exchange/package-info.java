/**
 * PACT exchange storage: the clients a tenant lets call its PACT endpoints (secrets and access
 * tokens stored as SHA-256), the product footprints (own and suppliers', with the values the
 * filters match), the trading partners whose host systems the tenant calls, and the events sent and
 * received.
 */
package org.scopeplus.store.exchange;

/**
 * The performance structures behind the Scope 3+ ledger: open-addressing tables over byte ranges
 * (event ids, claims, actors with their balances and cap cells), short names packed into longs,
 * aggregate cells and daily-cap counters in flat arrays, and the byte ranges of an event as read
 * ({@code EventSlots}, behind {@code RawEvent}). Used only by {@code
 * org.scopeplus.core.scope3plus}; nothing outside this module sees them.
 */
package org.scopeplus.core.scope3plus.internal;

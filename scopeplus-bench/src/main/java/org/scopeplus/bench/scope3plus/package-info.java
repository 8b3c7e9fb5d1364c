/**
 * Scope 3+ benchmarks: the embedded engine end to end from NDJSON (in memory and with the durable
 * store) beside DuckDB and PostgreSQL, and the memory of the exact event-id set.
 */
package org.scopeplus.bench.scope3plus;

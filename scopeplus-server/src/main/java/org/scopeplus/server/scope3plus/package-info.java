/**
 * The Scope 3+ batch API under {@code /api/v1/ecosystem}: a tenant's ledger of avoided emissions,
 * fed by batches of events and kept in its own durable state folder under the service's data
 * folder, with personal accounts, monthly statements, a leaderboard, points rates and credit
 * deductions; erasures, deductions and rate changes go to the tenant's audit trail. Beside it, when
 * configured, the events the Flink job counted, read from its outcomes topic into the database
 * ({@code /api/v1/ecosystem/cluster}). Another tenant's ledger is never seen; errors are RFC 9457
 * problems.
 */
package org.scopeplus.server.scope3plus;

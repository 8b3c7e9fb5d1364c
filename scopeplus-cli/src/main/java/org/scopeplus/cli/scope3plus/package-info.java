/**
 * The {@code scopeplus ecosystem} commands: ingest events into a durable Scope 3+ state folder,
 * totals, accounts, statements, the leaderboard, deductions, reversals and erasure.
 */
package org.scopeplus.cli.scope3plus;

package org.scopeplus.server.it;

/** Runs, comparisons and the base year on PostgreSQL. */
@OnPostgres
class RunPostgresIT extends RunChecks {}

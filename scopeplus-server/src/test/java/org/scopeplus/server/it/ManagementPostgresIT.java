package org.scopeplus.server.it;

/** Targets, indicators and carbon credits on PostgreSQL. */
@OnPostgres
class ManagementPostgresIT extends ManagementChecks {}

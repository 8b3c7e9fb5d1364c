package org.scopeplus.server.it;

/** The energy console pages on PostgreSQL. */
@OnPostgres
class EnergyConsolePostgresIT extends EnergyConsoleChecks {}

package org.scopeplus.server.it;

/** The console's indicator, instrument and hourly-matching pages on PostgreSQL. */
@OnPostgres
class CarbonManagementConsolePostgresIT extends CarbonManagementConsoleChecks {}

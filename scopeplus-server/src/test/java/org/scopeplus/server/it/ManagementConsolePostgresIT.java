package org.scopeplus.server.it;

/** The console's management pages on PostgreSQL. */
@OnPostgres
class ManagementConsolePostgresIT extends ManagementConsoleChecks {}

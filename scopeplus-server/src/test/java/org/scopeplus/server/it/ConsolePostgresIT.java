package org.scopeplus.server.it;

/** The web console in a browser, on PostgreSQL. */
@OnPostgres
class ConsolePostgresIT extends ConsoleChecks {}

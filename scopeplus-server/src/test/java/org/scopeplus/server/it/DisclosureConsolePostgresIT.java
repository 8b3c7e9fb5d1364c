package org.scopeplus.server.it;

/** The console's disclosure page on PostgreSQL. */
@OnPostgres
class DisclosureConsolePostgresIT extends DisclosureConsoleChecks {}

package org.scopeplus.server.it;

/** The accepted range of dates on PostgreSQL. */
@OnPostgres
class DatePostgresIT extends DateChecks {}

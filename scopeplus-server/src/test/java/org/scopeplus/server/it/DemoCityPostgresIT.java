package org.scopeplus.server.it;

/** The demo city of {@code serve --demo} on PostgreSQL. */
@OnPostgres
class DemoCityPostgresIT extends DemoCityChecks {}

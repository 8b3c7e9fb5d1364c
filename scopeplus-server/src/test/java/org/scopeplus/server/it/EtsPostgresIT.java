package org.scopeplus.server.it;

/** The city emissions-trading registry on PostgreSQL. */
@OnPostgres
class EtsPostgresIT extends EtsChecks {}

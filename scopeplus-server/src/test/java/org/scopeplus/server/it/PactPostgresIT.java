package org.scopeplus.server.it;

/** The PACT host system on PostgreSQL. */
@OnPostgres
class PactPostgresIT extends PactChecks {}

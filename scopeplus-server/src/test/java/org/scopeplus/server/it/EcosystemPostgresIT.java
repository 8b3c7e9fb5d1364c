package org.scopeplus.server.it;

/** The Scope 3+ batch API on PostgreSQL. */
@OnPostgres
class EcosystemPostgresIT extends EcosystemChecks {}

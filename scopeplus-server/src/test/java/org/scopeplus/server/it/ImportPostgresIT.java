package org.scopeplus.server.it;

/** Imports on PostgreSQL. */
@OnPostgres
class ImportPostgresIT extends ImportChecks {}

package org.scopeplus.server.it;

/** A run's uncertainty on PostgreSQL. */
@OnPostgres
class UncertaintyPostgresIT extends UncertaintyChecks {}

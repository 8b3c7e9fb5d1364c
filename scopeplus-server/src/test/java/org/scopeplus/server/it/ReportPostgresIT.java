package org.scopeplus.server.it;

/** A run's annual report on PostgreSQL. */
@OnPostgres
class ReportPostgresIT extends ReportChecks {}

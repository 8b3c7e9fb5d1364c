package org.scopeplus.server.it;

/** The audit chain on PostgreSQL. */
@OnPostgres
class AuditPostgresIT extends AuditChecks {}

package org.scopeplus.server.it;

/** Tenant isolation and roles on PostgreSQL. */
@OnPostgres
class TenantIsolationPostgresIT extends TenantIsolationChecks {}
